package xyz.pushpad.client;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when connecting to Pushpad or waiting for its response took longer than the configured connect or read
 * timeout. After a connect timeout {@link #mayHaveReachedServer()} is {@code false}; after a read timeout the request
 * may have been processed.
 */
public class PushpadTimeoutException extends PushpadClientException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception for a response that timed out, after the request may have reached Pushpad.
	 * @param message the detail message
	 * @param cause the underlying timeout, or {@code null}
	 */
	public PushpadTimeoutException(String message, @Nullable Throwable cause) {
		super(message, cause, true);
	}

	/**
	 * Creates an exception that states whether the request may have reached Pushpad.
	 * @param message the detail message
	 * @param cause the underlying timeout, or {@code null}
	 * @param mayHaveReachedServer {@code false} for a connect timeout
	 */
	public PushpadTimeoutException(String message, @Nullable Throwable cause, boolean mayHaveReachedServer) {
		super(message, cause, mayHaveReachedServer);
	}

}
