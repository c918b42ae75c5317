package xyz.pushpad.client.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * {@link Observation.Context} of one {@link xyz.pushpad.client.PushpadTemplate} operation.
 */
public class PushpadObservationContext extends Observation.Context {

	private final String operation;

	private final @Nullable Long projectId;

	private @Nullable Integer statusCode;

	private int retryCount;

	/**
	 * Creates a context.
	 * @param operation the operation name, such as {@code notifications.create}
	 * @param projectId the project the operation acts on, or {@code null} when the request names no project
	 */
	public PushpadObservationContext(String operation, @Nullable Long projectId) {
		this.operation = operation;
		this.projectId = projectId;
	}

	/**
	 * Returns the operation name, such as {@code notifications.create}.
	 * @return the operation name
	 */
	public String getOperation() {
		return this.operation;
	}

	/**
	 * Returns the project the operation acts on.
	 * @return the project id, or {@code null} when the request names no project
	 */
	public @Nullable Long getProjectId() {
		return this.projectId;
	}

	/**
	 * Returns the HTTP status code of the response.
	 * @return the status code, or {@code null} when no response arrived
	 */
	public @Nullable Integer getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Sets the HTTP status code of the response.
	 * @param statusCode the status code
	 */
	public void setStatusCode(@Nullable Integer statusCode) {
		this.statusCode = statusCode;
	}

	/**
	 * Returns how many times the request was sent again after a failed attempt.
	 * @return the number of retries, 0 when the first attempt was the last
	 */
	public int getRetryCount() {
		return this.retryCount;
	}

	/**
	 * Sets how many times the request was sent again after a failed attempt.
	 * @param retryCount the number of retries so far
	 */
	public void setRetryCount(int retryCount) {
		this.retryCount = retryCount;
	}

}
