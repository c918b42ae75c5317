package xyz.pushpad.client;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a request did not produce a usable response: the connection failed, the call timed out, or the response
 * body could not be read or parsed. The request may or may not have reached Pushpad.
 */
public class PushpadClientException extends PushpadException {

	private static final long serialVersionUID = 1L;

	public PushpadClientException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
