package xyz.pushpad.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClientException;

/**
 * Translates the exceptions of {@link org.springframework.web.client.RestClient} into {@link PushpadException}s, so
 * that callers never see a raw I/O, HTTP client or Jackson exception.
 */
final class ExchangeFailures {

	private ExchangeFailures() {
	}

	/**
	 * Returns the Pushpad exception for a failed exchange, or throws the {@link PushpadException} found among the
	 * causes.
	 * @param method the HTTP method of the request
	 * @param uriTemplate the URI template of the request; its query string is left out of messages
	 * @param ex the failure reported by the RestClient
	 * @return the exception to throw
	 */
	static PushpadClientException translate(HttpMethod method, String uriTemplate, RestClientException ex) {
		String target = method.name() + " " + stripQuery(uriTemplate);
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PushpadException pushpad) {
				throw pushpad;
			}
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (isConnectTimeout(cause)) {
				return new PushpadTimeoutException(target + " timed out while connecting, so the request was not sent: "
						+ describe(cause) + "; check the network or raise the connect timeout", ex, false);
			}
			if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
				return new PushpadTimeoutException(target + " timed out waiting for the response: " + describe(cause)
						+ "; Pushpad may have processed the request", ex, true);
			}
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof NoRouteToHostException) {
				return new PushpadConnectionException(target + " failed because the connection could not be opened, "
						+ "so the request was not sent: " + describe(cause) + "; check the base URL and the network",
						ex, false);
			}
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException) {
				return new PushpadConnectionException(target + " failed because the connection broke before a "
						+ "complete response arrived: " + describe(cause) + "; Pushpad may have processed the request",
						ex, true);
			}
		}
		Throwable root = ex.getMostSpecificCause();
		return new PushpadClientException(target + " failed: " + describe(root), ex);
	}

	/**
	 * Returns whether the failure is a connect timeout. Apache HttpClient reports one with its own
	 * {@code ConnectTimeoutException}, which is matched by name so that it needs not be on the classpath.
	 * {@code java.net.Socket}, under {@code HttpURLConnection}, reports one as a {@link SocketTimeoutException} with
	 * the message "Connect timed out", and a read timeout with "Read timed out".
	 */
	private static boolean isConnectTimeout(Throwable cause) {
		// NOTE: the JDK sets that message but does not specify it. If a JDK changes it, a connect timeout of
		// HttpURLConnection is reported as a read timeout again, and ExchangeFailuresTests, which builds the
		// exception itself, does not notice.
		return cause instanceof HttpConnectTimeoutException
				|| cause.getClass().getSimpleName().equals("ConnectTimeoutException")
				|| (cause instanceof SocketTimeoutException
						&& "connect timed out".equalsIgnoreCase(cause.getMessage()));
	}

	private static String describe(Throwable cause) {
		String message = cause.getMessage();
		String type = cause.getClass().getSimpleName();
		return (message != null && !message.isBlank()) ? type + ": " + message : type;
	}

	static String stripQuery(String uriTemplate) {
		int query = uriTemplate.indexOf('?');
		return (query >= 0) ? uriTemplate.substring(0, query) : uriTemplate;
	}

}
