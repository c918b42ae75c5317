package xyz.pushpad.client;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Thrown on status 422: Pushpad rejected a field of the request as invalid or missing.
 */
public class PushpadUnprocessableEntityException extends PushpadApiException {

	private static final long serialVersionUID = 1L;

	PushpadUnprocessableEntityException(String reason, HttpMethod method, String path, HttpHeaders responseHeaders, byte[] responseBody) {
		super(422, reason, method, path, responseHeaders, responseBody);
	}

}
