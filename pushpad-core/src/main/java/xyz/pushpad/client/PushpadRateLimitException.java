package xyz.pushpad.client;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Thrown on status 429: too many requests were sent in a short time. Pushpad did not process the request, so sending
 * it again after {@link #getRetryAfter()} cannot repeat its effect.
 */
public class PushpadRateLimitException extends PushpadApiException {

	private static final long serialVersionUID = 1L;

	PushpadRateLimitException(String reason, HttpMethod method, String path, HttpHeaders responseHeaders,
			byte[] responseBody) {
		super(429, reason, method, path, responseHeaders, responseBody);
	}

}
