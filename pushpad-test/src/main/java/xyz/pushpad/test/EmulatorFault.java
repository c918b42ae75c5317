package xyz.pushpad.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * Failure that the emulator injects in place of, or after, its normal response, immutable. Start from
 * {@link #status(int)} for an error response or {@link #delay(Duration)} for a slow one, then refine it with the
 * {@code with...} methods, which return copies. Register it with {@link EmulatorFaults#inject}.
 *
 * <pre class="code">
 * emulator.faults().inject("notifications.create", 1, EmulatorFault.status(429).withRetryAfter(Duration.ofSeconds(1)));
 * emulator.faults().inject(1, EmulatorFault.status(502).withHtmlPage());
 * </pre>
 */
public final class EmulatorFault {

	/**
	 * Maximum delay before a response, so that a forgotten fault cannot hold a test for long.
	 */
	public static final Duration MAX_DELAY = Duration.ofSeconds(60);

	private final @Nullable Integer status;

	private final @Nullable String contentType;

	private final byte @Nullable [] body;

	private final Map<String, String> headers;

	private final Duration delay;

	private final boolean afterProcessing;

	private EmulatorFault(@Nullable Integer status, @Nullable String contentType, byte @Nullable [] body,
			Map<String, String> headers, Duration delay, boolean afterProcessing) {
		this.status = status;
		this.contentType = contentType;
		this.body = body;
		this.headers = Map.copyOf(headers);
		this.delay = delay;
		this.afterProcessing = afterProcessing;
	}

	/**
	 * Creates a fault that responds with an error status and the JSON body {@code {"error": "..."}} that Pushpad sends,
	 * without processing the request.
	 * @param status the status code, 400 to 599
	 * @return the fault
	 * @throws IllegalArgumentException if the status is not an error status
	 */
	public static EmulatorFault status(int status) {
		if (status < 400 || status > 599) {
			throw new IllegalArgumentException("Invalid fault status " + status + ": use an error status from 400 to 599, "
					+ "or EmulatorFault.delay(...) for a slow but successful response");
		}
		return new EmulatorFault(status, null, null, Map.of(), Duration.ZERO, false);
	}

	/**
	 * Creates a fault that waits before the emulator processes the request and responds normally, for example to
	 * exceed the client's read timeout.
	 * @param delay the wait, at most {@link #MAX_DELAY}
	 * @return the fault
	 * @throws IllegalArgumentException if the delay is negative or longer than {@link #MAX_DELAY}
	 */
	public static EmulatorFault delay(Duration delay) {
		return new EmulatorFault(null, null, null, Map.of(), checkDelay(delay), false);
	}

	/**
	 * Returns a copy that responds with this body in place of the JSON error.
	 * @param contentType the {@code Content-Type} header, such as {@code text/html}
	 * @param body the body, sent in UTF-8
	 * @return the new fault
	 */
	public EmulatorFault withBody(String contentType, String body) {
		Objects.requireNonNull(contentType, "'contentType' must not be null");
		Objects.requireNonNull(body, "'body' must not be null");
		requireStatus("withBody");
		return new EmulatorFault(this.status, contentType, body.getBytes(StandardCharsets.UTF_8), this.headers,
				this.delay, this.afterProcessing);
	}

	/**
	 * Returns a copy that responds with a small HTML error page, as a proxy or load balancer in front of Pushpad
	 * sends.
	 * @return the new fault
	 */
	public EmulatorFault withHtmlPage() {
		int code = requireStatus("withHtmlPage");
		HttpStatus known = HttpStatus.resolve(code);
		String title = code + ((known != null) ? " " + known.getReasonPhrase() : "");
		String page = "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><h1>" + title
				+ "</h1><p>Injected by the Pushpad emulator.</p></body></html>";
		return withBody("text/html; charset=utf-8", page);
	}

	/**
	 * Returns a copy that also sends this response header, replacing one of the same name.
	 * @param name the header name
	 * @param value the header value
	 * @return the new fault
	 */
	public EmulatorFault withHeader(String name, String value) {
		Objects.requireNonNull(name, "'name' must not be null");
		Objects.requireNonNull(value, "'value' must not be null");
		requireStatus("withHeader");
		Map<String, String> headers = new LinkedHashMap<>();
		this.headers.forEach((existing, existingValue) -> {
			if (!existing.equalsIgnoreCase(name)) {
				headers.put(existing, existingValue);
			}
		});
		headers.put(name, value);
		return new EmulatorFault(this.status, this.contentType, this.body, headers, this.delay, this.afterProcessing);
	}

	/**
	 * Returns a copy that sends {@code Retry-After} with the delay in whole seconds, as rate limits and
	 * maintenance responses do.
	 * @param retryAfter the delay the client should wait, 0 or more
	 * @return the new fault
	 */
	public EmulatorFault withRetryAfter(Duration retryAfter) {
		Objects.requireNonNull(retryAfter, "'retryAfter' must not be null");
		if (retryAfter.isNegative()) {
			throw new IllegalArgumentException("Invalid Retry-After " + retryAfter + ": use 0 seconds or more");
		}
		return withHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
	}

	/**
	 * Returns a copy that waits this long before it responds.
	 * @param delay the wait, at most {@link #MAX_DELAY}
	 * @return the new fault
	 * @throws IllegalArgumentException if the delay is negative or longer than {@link #MAX_DELAY}
	 */
	public EmulatorFault withDelay(Duration delay) {
		return new EmulatorFault(this.status, this.contentType, this.body, this.headers, checkDelay(delay),
				this.afterProcessing);
	}

	/**
	 * Returns a copy that lets the emulator process the request and then replaces its response with the error. It
	 * models a failure after Pushpad committed the change, such as a gateway timeout, so a test can check that a
	 * retry does not create a notification twice.
	 * @return the new fault
	 */
	public EmulatorFault afterProcessing() {
		requireStatus("afterProcessing");
		return new EmulatorFault(this.status, this.contentType, this.body, this.headers, this.delay, true);
	}

	@Nullable Integer status() {
		return this.status;
	}

	@Nullable String contentType() {
		return this.contentType;
	}

	byte @Nullable [] body() {
		return this.body;
	}

	Map<String, String> headers() {
		return this.headers;
	}

	Duration responseDelay() {
		return this.delay;
	}

	boolean isAfterProcessing() {
		return this.afterProcessing;
	}

	@Override
	public String toString() {
		String response = (this.status != null) ? "status " + this.status : "normal response";
		String body = (this.contentType != null) ? ", " + this.contentType.toLowerCase(Locale.ROOT) + " body" : "";
		return "EmulatorFault[" + response + body + ", headers " + this.headers + ", delay " + this.delay
				+ (this.afterProcessing ? ", after processing" : "") + "]";
	}

	private int requireStatus(String method) {
		if (this.status == null) {
			throw new IllegalStateException(method + "() needs an error response: start from EmulatorFault.status(int) "
					+ "rather than EmulatorFault.delay(Duration)");
		}
		return this.status;
	}

	private static Duration checkDelay(Duration delay) {
		Objects.requireNonNull(delay, "'delay' must not be null");
		if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
			throw new IllegalArgumentException("Invalid fault delay " + delay + ": use 0 to " + MAX_DELAY.toSeconds()
					+ " seconds, and a shorter client read timeout to test timeouts");
		}
		return delay;
	}

}
