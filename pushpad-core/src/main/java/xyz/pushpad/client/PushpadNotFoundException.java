package xyz.pushpad.client;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Thrown on status 404: the project, notification, subscription or sender does not exist (any more).
 */
public class PushpadNotFoundException extends PushpadApiException {

	private static final long serialVersionUID = 1L;

	PushpadNotFoundException(String reason, HttpMethod method, String path, HttpHeaders responseHeaders, byte[] responseBody) {
		super(404, reason, method, path, responseHeaders, responseBody);
	}

}
