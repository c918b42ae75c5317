package xyz.pushpad.client;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception thrown by the Pushpad client. It is unchecked, so callers catch it only where they can act.
 */
public class PushpadException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public PushpadException(String message) {
		super(message);
	}

	public PushpadException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
