package xyz.pushpad.client;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the connection to Pushpad failed: it was refused or could not be opened, it was reset or closed before
 * a complete response arrived, or the response was not valid HTTP.
 */
public class PushpadConnectionException extends PushpadClientException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message the detail message
	 * @param cause the I/O failure
	 * @param mayHaveReachedServer {@code false} only when the connection could not be opened
	 */
	public PushpadConnectionException(String message, @Nullable Throwable cause, boolean mayHaveReachedServer) {
		super(message, cause, mayHaveReachedServer);
	}

}
