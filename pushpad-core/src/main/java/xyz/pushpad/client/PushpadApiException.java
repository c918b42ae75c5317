package xyz.pushpad.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Thrown when Pushpad responds with a status other than 2xx. It keeps the status code, the reason phrase, the
 * response headers and the raw body, whatever its content type, so that nothing the server said is lost.
 *
 * <p>Subclasses mark the statuses a caller usually handles on their own; {@link #create} picks the right one.
 */
public class PushpadApiException extends PushpadException {

	private static final long serialVersionUID = 1L;

	private static final int MAX_BODY_IN_MESSAGE = 500;

	private static final Pattern HTML_TITLE = Pattern.compile("<title[^>]*>([^<]{1,200})</title>",
			Pattern.CASE_INSENSITIVE);

	private final int statusCode;

	private final String reason;

	private final HttpMethod method;

	private final String path;

	private final transient HttpHeaders responseHeaders;

	private final byte[] responseBody;

	protected PushpadApiException(int statusCode, String reason, HttpMethod method, String path,
			HttpHeaders responseHeaders, byte[] responseBody) {
		super(buildMessage(statusCode, reason, method, path, responseHeaders, responseBody));
		this.statusCode = statusCode;
		this.reason = reason;
		this.method = method;
		this.path = path;
		this.responseHeaders = HttpHeaders.readOnlyHttpHeaders(responseHeaders);
		this.responseBody = responseBody.clone();
	}

	/**
	 * Creates the exception that matches the status code.
	 * @param statusCode the HTTP status code of the response
	 * @param reason the reason phrase, empty when the server sent none
	 * @param method the HTTP method of the request
	 * @param path the request path, without query string
	 * @param responseHeaders the response headers
	 * @param responseBody the raw response body, empty when there was none
	 * @return the exception to throw
	 */
	public static PushpadApiException create(int statusCode, String reason, HttpMethod method, String path,
			HttpHeaders responseHeaders, byte[] responseBody) {
		return switch (statusCode) {
			case 401 -> new PushpadUnauthorizedException(reason, method, path, responseHeaders, responseBody);
			case 402 -> new PushpadPaymentRequiredException(reason, method, path, responseHeaders, responseBody);
			case 403 -> new PushpadForbiddenException(reason, method, path, responseHeaders, responseBody);
			case 404 -> new PushpadNotFoundException(reason, method, path, responseHeaders, responseBody);
			case 422 -> new PushpadUnprocessableEntityException(reason, method, path, responseHeaders,
					responseBody);
			case 429 -> new PushpadRateLimitException(reason, method, path, responseHeaders, responseBody);
			default -> (statusCode >= 500)
					? new PushpadServerException(statusCode, reason, method, path, responseHeaders, responseBody)
					: new PushpadApiException(statusCode, reason, method, path, responseHeaders, responseBody);
		};
	}

	/**
	 * Returns the HTTP status code of the response.
	 */
	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Returns the reason phrase of the response, or the standard one for the status when the server sent none.
	 */
	public String getReason() {
		return this.reason;
	}

	/**
	 * Returns the HTTP method of the failed request.
	 */
	public HttpMethod getMethod() {
		return this.method;
	}

	/**
	 * Returns the path of the failed request, without query string.
	 */
	public String getPath() {
		return this.path;
	}

	/**
	 * Returns the response headers, read-only.
	 */
	public HttpHeaders getResponseHeaders() {
		return this.responseHeaders;
	}

	/**
	 * Returns a copy of the raw response body; empty when the response had none.
	 */
	public byte[] getResponseBody() {
		return this.responseBody.clone();
	}

	/**
	 * Returns the wait that the server asked for in its {@code Retry-After} header, in seconds or as an HTTP date. A
	 * date in the past gives zero.
	 * @return the wait, or empty when the header is missing or invalid
	 */
	public Optional<Duration> getRetryAfter() {
		return parseRetryAfter(this.responseHeaders.getFirst(HttpHeaders.RETRY_AFTER), Instant.now());
	}

	static Optional<Duration> parseRetryAfter(@Nullable String value, Instant now) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String text = value.strip();
		if (text.chars().allMatch(Character::isDigit)) {
			try {
				return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}
		try {
			Instant date = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			Duration wait = Duration.between(now, date);
			return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Returns the response body decoded as UTF-8; empty when the response had none.
	 */
	public String getResponseBodyAsString() {
		return new String(this.responseBody, StandardCharsets.UTF_8);
	}

	private static String buildMessage(int statusCode, String reason, HttpMethod method, String path,
			HttpHeaders headers, byte[] body) {
		StringBuilder message = new StringBuilder();
		message.append(method.name()).append(' ').append(path).append(" failed with ").append(statusCode);
		if (!reason.isEmpty()) {
			message.append(' ').append(reason);
		}
		message.append(": ");
		if (body.length == 0) {
			message.append("[no body]");
		}
		else if (isHtml(headers)) {
			message.append(describeHtml(body));
		}
		else {
			String text = new String(body, StandardCharsets.UTF_8).strip();
			if (text.length() > MAX_BODY_IN_MESSAGE) {
				text = text.substring(0, MAX_BODY_IN_MESSAGE) + "... (" + body.length + " bytes)";
			}
			message.append(text);
		}
		return message.toString();
	}

	private static boolean isHtml(HttpHeaders headers) {
		MediaType contentType;
		try {
			contentType = headers.getContentType();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		return contentType != null && MediaType.TEXT_HTML.isCompatibleWith(contentType);
	}

	/**
	 * Describes an HTML error page, as proxies send, by its title instead of its markup.
	 */
	private static String describeHtml(byte[] body) {
		String html = new String(body, StandardCharsets.UTF_8);
		Matcher title = HTML_TITLE.matcher(html);
		String size = "(" + body.length + " bytes)";
		return title.find() ? "HTML page \"" + title.group(1).strip() + "\" " + size : "HTML page " + size;
	}

}
