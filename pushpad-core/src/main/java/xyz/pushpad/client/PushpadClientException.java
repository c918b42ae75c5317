package xyz.pushpad.client;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a request did not produce a usable response: the connection failed, the call timed out, or the response
 * body could not be read or parsed. {@link #mayHaveReachedServer()} returns whether Pushpad may have received the
 * request.
 */
public class PushpadClientException extends PushpadException {

	private static final long serialVersionUID = 1L;

	private final boolean mayHaveReachedServer;

	/**
	 * Creates an exception for a request that may have reached Pushpad.
	 * @param message the detail message
	 * @param cause the underlying failure, or {@code null}
	 */
	public PushpadClientException(String message, @Nullable Throwable cause) {
		this(message, cause, true);
	}

	/**
	 * Creates an exception that states whether the request may have reached Pushpad.
	 * @param message the detail message
	 * @param cause the underlying failure, or {@code null}
	 * @param mayHaveReachedServer {@code false} only when the connection could not be opened
	 */
	public PushpadClientException(String message, @Nullable Throwable cause, boolean mayHaveReachedServer) {
		super(message, cause);
		this.mayHaveReachedServer = mayHaveReachedServer;
	}

	/**
	 * Returns whether Pushpad may have received the request. {@code false} means that the connection could not be
	 * opened (refused, unknown host, no route or connect timeout), so sending the request again cannot repeat its
	 * effect. {@code true} means that it may have been processed, for example when the connection was reset or the
	 * response timed out.
	 * @return whether the request may have reached Pushpad
	 */
	public boolean mayHaveReachedServer() {
		return this.mayHaveReachedServer;
	}

}
