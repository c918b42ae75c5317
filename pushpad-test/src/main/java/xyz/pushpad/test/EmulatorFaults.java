package xyz.pushpad.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Failures queued for the next requests, to test how an application handles Pushpad errors, rate limits and slow
 * responses. Obtain it from {@link PushpadEmulator#faults()}. Thread-safe.
 *
 * <p>A target selects the requests a fault applies to. It is either an operation name as {@code PushpadTemplate}
 * logs it, such as {@code notifications.create} or {@code subscriptions.get}, or a method and a path below the base
 * URL in which {@code *} or {@code {name}} matches one segment, such as {@code "GET /notifications/{id}"}. A path
 * without a method matches every method. Methods without a target apply to any request.
 *
 * <p>Each request takes the first queued fault that matches it, so faults are used in the order they were added.
 * A fault applies before the token check and strict mode, as a proxy in front of Pushpad would fail. Unless it was
 * made with {@link EmulatorFault#afterProcessing()}, the request is not processed, so a failed create stores
 * nothing. {@link PushpadEmulator#reset()} removes the faults that are still queued.
 */
public final class EmulatorFaults {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\*|\\{[^/}]*}");

	private final Set<String> operationNames;

	private final List<Rule> rules = new ArrayList<>();

	private int applied;

	EmulatorFaults(Set<String> operationNames) {
		this.operationNames = Set.copyOf(operationNames);
	}

	/**
	 * Fails the next requests, whatever they call, with an error status and a JSON error body.
	 * @param count the number of requests to fail, 1 or more
	 * @param status the status code, 400 to 599
	 * @return this view
	 */
	public EmulatorFaults failNext(int count, int status) {
		return inject(count, EmulatorFault.status(status));
	}

	/**
	 * Fails the next request to the target with an error status and a JSON error body.
	 * @param target an operation name such as {@code notifications.create}, or a method and path such as
	 * {@code "GET /notifications/{id}"}
	 * @param status the status code, 400 to 599
	 * @return this view
	 */
	public EmulatorFaults failNext(String target, int status) {
		return inject(target, 1, EmulatorFault.status(status));
	}

	/**
	 * Fails the next request to the target with an error status, this body and these headers.
	 * @param target an operation name such as {@code notifications.create}, or a method and path such as
	 * {@code "GET /notifications/{id}"}
	 * @param status the status code, 400 to 599
	 * @param body the body, sent in UTF-8 with the {@code Content-Type} of {@code headers}, or
	 * {@code application/json} when {@code headers} has none
	 * @param headers the response headers, such as {@code Retry-After}
	 * @return this view
	 */
	public EmulatorFaults failNext(String target, int status, String body, Map<String, String> headers) {
		Objects.requireNonNull(headers, "'headers' must not be null");
		String contentType = "application/json; charset=utf-8";
		for (Map.Entry<String, String> header : headers.entrySet()) {
			if (header.getKey().equalsIgnoreCase("Content-Type")) {
				contentType = header.getValue();
			}
		}
		EmulatorFault fault = EmulatorFault.status(status).withBody(contentType, body);
		for (Map.Entry<String, String> header : headers.entrySet()) {
			if (!header.getKey().equalsIgnoreCase("Content-Type")) {
				fault = fault.withHeader(header.getKey(), header.getValue());
			}
		}
		return inject(target, 1, fault);
	}

	/**
	 * Delays the next requests, whatever they call, and then processes them normally.
	 * @param count the number of requests to delay, 1 or more
	 * @param delay the wait, at most {@link EmulatorFault#MAX_DELAY}
	 * @return this view
	 */
	public EmulatorFaults delayNext(int count, Duration delay) {
		return inject(count, EmulatorFault.delay(delay));
	}

	/**
	 * Delays the next request to the target and then processes it normally.
	 * @param target an operation name such as {@code notifications.create}, or a method and path such as
	 * {@code "GET /notifications/{id}"}
	 * @param delay the wait, at most {@link EmulatorFault#MAX_DELAY}
	 * @return this view
	 */
	public EmulatorFaults delayNext(String target, Duration delay) {
		return inject(target, 1, EmulatorFault.delay(delay));
	}

	/**
	 * Applies a fault to the next requests, whatever they call.
	 * @param count the number of requests, 1 or more
	 * @param fault the fault
	 * @return this view
	 */
	public EmulatorFaults inject(int count, EmulatorFault fault) {
		return add(new Rule(null, null, null, checkCount(count), Objects.requireNonNull(fault, "'fault' must not be null")));
	}

	/**
	 * Applies a fault to the next requests to the target.
	 * @param target an operation name such as {@code notifications.create}, or a method and path such as
	 * {@code "GET /notifications/{id}"}
	 * @param count the number of requests, 1 or more
	 * @param fault the fault
	 * @return this view
	 * @throws IllegalArgumentException if the target is neither a known operation nor a path
	 */
	public EmulatorFaults inject(String target, int count, EmulatorFault fault) {
		Objects.requireNonNull(target, "'target' must not be null");
		Objects.requireNonNull(fault, "'fault' must not be null");
		return add(parseTarget(target.strip(), checkCount(count), fault));
	}

	/**
	 * Returns how many requests the queued faults will still apply to.
	 * @return the number of faults not yet used
	 */
	public synchronized int remaining() {
		int remaining = 0;
		for (Rule rule : this.rules) {
			remaining += rule.remaining;
		}
		return remaining;
	}

	/**
	 * Returns how many requests a fault was applied to since the emulator started or was last reset.
	 * @return the number of faulted requests
	 */
	public synchronized int applied() {
		return this.applied;
	}

	/**
	 * Removes every queued fault and sets {@link #applied()} back to 0.
	 */
	public synchronized void clear() {
		this.rules.clear();
		this.applied = 0;
	}

	/**
	 * Takes the first queued fault that matches the request, or returns {@code null} when none does.
	 * @param method the HTTP method
	 * @param path the raw path below the base URL
	 * @param operation the name of the operation the request calls, or {@code null} when no route matches
	 */
	synchronized @Nullable EmulatorFault take(String method, String path, @Nullable String operation) {
		Iterator<Rule> iterator = this.rules.iterator();
		while (iterator.hasNext()) {
			Rule rule = iterator.next();
			if (!rule.matches(method, path, operation)) {
				continue;
			}
			rule.remaining--;
			if (rule.remaining == 0) {
				iterator.remove();
			}
			this.applied++;
			return rule.fault;
		}
		return null;
	}

	private synchronized EmulatorFaults add(Rule rule) {
		this.rules.add(rule);
		return this;
	}

	private Rule parseTarget(String target, int count, EmulatorFault fault) {
		if (this.operationNames.contains(target)) {
			return new Rule(target, null, null, count, fault);
		}
		int space = target.indexOf(' ');
		String method = (space > 0) ? target.substring(0, space) : null;
		String path = (space > 0) ? target.substring(space + 1).strip() : target;
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("Unknown fault target \"" + target + "\": use an operation name ("
					+ String.join(", ", this.operationNames.stream().sorted().toList())
					+ ") or a method and path such as \"GET /notifications/{id}\"");
		}
		return new Rule(null, method, toPattern(path), count, fault);
	}

	/**
	 * Converts a path in which {@code *} and {@code {name}} stand for one segment into a pattern that matches the
	 * whole raw path.
	 */
	private static Pattern toPattern(String path) {
		StringBuilder regex = new StringBuilder();
		int start = 0;
		Matcher variables = PATH_VARIABLE.matcher(path);
		while (variables.find()) {
			regex.append(Pattern.quote(path.substring(start, variables.start()))).append("[^/]+");
			start = variables.end();
		}
		regex.append(Pattern.quote(path.substring(start)));
		return Pattern.compile(regex.toString());
	}

	private static int checkCount(int count) {
		if (count < 1) {
			throw new IllegalArgumentException("Invalid fault count " + count + ": use 1 or more");
		}
		return count;
	}

	/**
	 * Queued fault with the requests it applies to. With neither an operation nor a path it applies to any request.
	 */
	private static final class Rule {

		private final @Nullable String operation;

		private final @Nullable String method;

		private final @Nullable Pattern path;

		private final EmulatorFault fault;

		private int remaining;

		Rule(@Nullable String operation, @Nullable String method, @Nullable Pattern path, int remaining,
				EmulatorFault fault) {
			this.operation = operation;
			this.method = method;
			this.path = path;
			this.remaining = remaining;
			this.fault = fault;
		}

		boolean matches(String requestMethod, String requestPath, @Nullable String requestOperation) {
			if (this.operation != null) {
				return this.operation.equals(requestOperation) || isCountByGet(requestOperation);
			}
			if (this.method != null && !this.method.equalsIgnoreCase(requestMethod)) {
				return false;
			}
			return this.path == null || this.path.matcher(requestPath).matches();
		}

		/**
		 * Returns whether a {@code subscriptions.count} fault applies to a GET of the subscriptions list, because
		 * {@code PushpadTemplate} counts subscriptions with a GET and the emulator cannot tell the two apart.
		 */
		private boolean isCountByGet(@Nullable String requestOperation) {
			return "subscriptions.count".equals(this.operation) && "subscriptions.list".equals(requestOperation);
		}

	}

}
