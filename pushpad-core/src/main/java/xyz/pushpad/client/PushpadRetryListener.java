package xyz.pushpad.client;

import java.time.Duration;

/**
 * Callback that {@link PushpadTemplate} invokes before each retry, for example to count retries in a metric. It runs
 * on the calling thread and must not throw.
 */
@FunctionalInterface
public interface PushpadRetryListener {

	/**
	 * Called after the delay and just before a retry is sent.
	 * @param operation the operation name, such as {@code notifications.get}
	 * @param attempt the number of the attempt about to start, 2 for the first retry
	 * @param delay the delay that was waited before this attempt
	 * @param failure the failure of the previous attempt
	 */
	void beforeRetry(String operation, int attempt, Duration delay, PushpadException failure);

}
