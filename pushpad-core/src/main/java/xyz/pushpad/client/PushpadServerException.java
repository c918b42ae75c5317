package xyz.pushpad.client;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Thrown on a 5xx status: Pushpad or a proxy in front of it failed. The body may be an HTML page rather than JSON.
 */
public class PushpadServerException extends PushpadApiException {

	private static final long serialVersionUID = 1L;

	PushpadServerException(int statusCode, String reason, HttpMethod method, String path,
			HttpHeaders responseHeaders, byte[] responseBody) {
		super(statusCode, reason, method, path, responseHeaders, responseBody);
	}

}
