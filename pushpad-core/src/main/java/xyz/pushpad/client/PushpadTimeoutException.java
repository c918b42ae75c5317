package xyz.pushpad.client;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when connecting to Pushpad or waiting for its response took longer than the configured timeout.
 */
public class PushpadTimeoutException extends PushpadClientException {

	private static final long serialVersionUID = 1L;

	public PushpadTimeoutException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
