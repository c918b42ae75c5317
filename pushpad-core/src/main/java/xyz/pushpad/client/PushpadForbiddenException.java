package xyz.pushpad.client;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Thrown on status 403: the token has no access to this resource or action.
 */
public class PushpadForbiddenException extends PushpadApiException {

	private static final long serialVersionUID = 1L;

	PushpadForbiddenException(String reason, HttpMethod method, String path, HttpHeaders responseHeaders, byte[] responseBody) {
		super(403, reason, method, path, responseHeaders, responseBody);
	}

}
