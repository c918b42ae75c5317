package xyz.pushpad.client;

import java.time.Duration;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Thrown on status 429: too many requests were sent in a short time.
 */
public class PushpadRateLimitException extends PushpadApiException {

	private static final long serialVersionUID = 1L;

	PushpadRateLimitException(String reason, HttpMethod method, String path, HttpHeaders responseHeaders,
			byte[] responseBody) {
		super(429, reason, method, path, responseHeaders, responseBody);
	}

	/**
	 * Returns the wait the server asked for in its {@code Retry-After} header, when it sent one in seconds.
	 */
	public Optional<Duration> getRetryAfter() {
		String value = getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
		if (value == null) {
			return Optional.empty();
		}
		try {
			long seconds = Long.parseLong(value.strip());
			return (seconds >= 0) ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
