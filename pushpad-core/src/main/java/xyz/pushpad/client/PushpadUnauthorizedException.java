package xyz.pushpad.client;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Thrown on status 401: the auth token is missing, invalid or revoked.
 */
public class PushpadUnauthorizedException extends PushpadApiException {

	private static final long serialVersionUID = 1L;

	PushpadUnauthorizedException(String reason, HttpMethod method, String path, HttpHeaders responseHeaders, byte[] responseBody) {
		super(401, reason, method, path, responseHeaders, responseBody);
	}

}
