package xyz.pushpad.client;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Thrown when Pushpad answers with a status other than success. It keeps the status code, the reason phrase, the
 * response headers and the raw body, whatever its content type, so that nothing the server said is lost.
 *
 * <p>Subclasses mark the statuses a caller usually handles on their own; {@link #create} picks the right one.
 */
public class PushpadApiException extends PushpadException {

	private static final long serialVersionUID = 1L;

	private static final int MAX_BODY_IN_MESSAGE = 500;

	private final int statusCode;

	private final String reason;

	private final HttpMethod method;

	private final String path;

	private final transient HttpHeaders responseHeaders;

	private final byte[] responseBody;

	protected PushpadApiException(int statusCode, String reason, HttpMethod method, String path,
			HttpHeaders responseHeaders, byte[] responseBody) {
		super(buildMessage(statusCode, reason, method, path, responseBody));
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
	 * Returns the response body decoded as UTF-8; empty when the response had none.
	 */
	public String getResponseBodyAsString() {
		return new String(this.responseBody, StandardCharsets.UTF_8);
	}

	private static String buildMessage(int statusCode, String reason, HttpMethod method, String path, byte[] body) {
		StringBuilder message = new StringBuilder();
		message.append(method.name()).append(' ').append(path).append(" failed with ").append(statusCode);
		if (!reason.isEmpty()) {
			message.append(' ').append(reason);
		}
		message.append(": ");
		if (body.length == 0) {
			message.append("[no body]");
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

}
