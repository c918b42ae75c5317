package xyz.pushpad.client;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Thrown on status 402: the Pushpad account has a billing problem, for example a long unpaid invoice.
 */
public class PushpadPaymentRequiredException extends PushpadApiException {

	private static final long serialVersionUID = 1L;

	PushpadPaymentRequiredException(String reason, HttpMethod method, String path, HttpHeaders responseHeaders, byte[] responseBody) {
		super(402, reason, method, path, responseHeaders, responseBody);
	}

}
