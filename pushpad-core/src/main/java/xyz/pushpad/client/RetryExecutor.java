package xyz.pushpad.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Runs one API call with the retries that {@link PushpadRetrySettings} allow, on a {@link RetryTemplate}.
 *
 * <p>Which failures are retried depends on whether replaying the request could repeat its effect:
 * <ul>
 * <li>Every operation is retried when the connection could not be opened (refused, unknown host, connect timeout) and
 * on status 429, because Pushpad has not processed the request.</li>
 * <li>Only idempotent operations are also retried on 502, 503 and 504 and when the connection broke after the request
 * was sent, because Pushpad may have processed it.</li>
 * <li>Read timeouts are never retried, because each attempt would wait the whole read timeout again.</li>
 * </ul>
 */
final class RetryExecutor {

	private static final Log logger = LogFactory.getLog(PushpadTemplate.class);

	private final PushpadRetrySettings settings;

	private final @Nullable PushpadRetryListener listener;

	RetryExecutor(PushpadRetrySettings settings, @Nullable PushpadRetryListener listener) {
		this.settings = settings;
		this.listener = listener;
	}

	PushpadRetrySettings getSettings() {
		return this.settings;
	}

	/**
	 * Returns an executor with other settings and the same listener.
	 */
	RetryExecutor withSettings(PushpadRetrySettings settings) {
		return new RetryExecutor(settings, this.listener);
	}

	/**
	 * Runs the call and retries it while the failure allows.
	 * @param operation the operation name used in logs and passed to the listener
	 * @param idempotent whether replaying the request after it may have reached Pushpad cannot repeat its effect
	 * @param onRetry called with the number of the attempt about to start, 2 for the first retry
	 * @param call the call, which throws only {@link PushpadException}
	 * @return the result of the first successful attempt
	 */
	<T> T execute(String operation, boolean idempotent, IntConsumer onRetry, Supplier<T> call) {
		if (!this.settings.retries()) {
			return call.get();
		}
		OperationRetryPolicy policy = new OperationRetryPolicy(this.settings, operation, idempotent);
		RetryTemplate template = new RetryTemplate(policy);
		template.setRetryListener(new LoggingRetryListener(policy, onRetry, this.listener));
		try {
			return template.execute(new Retryable<>() {

				@Override
				public T execute() {
					return call.get();
				}

				@Override
				public String getName() {
					return operation;
				}

			});
		}
		catch (RetryException ex) {
			throw lastFailure(ex);
		}
	}

	/**
	 * Returns the failure of the last attempt, with the failures of the earlier attempts as suppressed exceptions.
	 */
	private static RuntimeException lastFailure(RetryException ex) {
		Throwable last = ex.getLastException();
		if (!(last instanceof RuntimeException runtime)) {
			return new PushpadClientException(ex.getMessage(), ex);
		}
		List<Throwable> failures = ex.getExceptions();
		for (Throwable earlier : failures.subList(0, failures.size() - 1)) {
			if (earlier != last) {
				runtime.addSuppressed(earlier);
			}
		}
		return runtime;
	}

	/**
	 * Decides whether a failure is retried. A policy serves one call, so it can keep the last failure for the back-off,
	 * which honours its {@code Retry-After} header.
	 */
	private static final class OperationRetryPolicy implements RetryPolicy {

		private final PushpadRetrySettings settings;

		private final String operation;

		private final boolean idempotent;

		private @Nullable PushpadException lastFailure;

		private Duration lastDelay = Duration.ZERO;

		OperationRetryPolicy(PushpadRetrySettings settings, String operation, boolean idempotent) {
			this.settings = settings;
			this.operation = operation;
			this.idempotent = idempotent;
		}

		@Override
		public boolean shouldRetry(Throwable failure) {
			if (!(failure instanceof PushpadException pushpad) || !isTransient(pushpad)) {
				return false;
			}
			Optional<Duration> retryAfter = retryAfter(pushpad);
			if (retryAfter.isPresent() && retryAfter.get().compareTo(this.settings.maxRetryAfter()) > 0) {
				if (logger.isDebugEnabled()) {
					logger.debug(this.operation + ": not retried because Retry-After " + retryAfter.get().toSeconds()
							+ " s exceeds the maximum of " + this.settings.maxRetryAfter().toSeconds() + " s");
				}
				return false;
			}
			this.lastFailure = pushpad;
			return true;
		}

		private boolean isTransient(PushpadException failure) {
			if (failure instanceof PushpadClientException client && !client.mayHaveReachedServer()) {
				return true;
			}
			if (failure instanceof PushpadRateLimitException) {
				return true;
			}
			if (!this.idempotent) {
				return false;
			}
			if (failure instanceof PushpadServerException server) {
				int status = server.getStatusCode();
				return status == 502 || status == 503 || status == 504;
			}
			return failure instanceof PushpadConnectionException;
		}

		private static Optional<Duration> retryAfter(PushpadException failure) {
			return (failure instanceof PushpadApiException api) ? api.getRetryAfter() : Optional.empty();
		}

		@Override
		public Duration getTimeout() {
			return this.settings.maxTotalTime();
		}

		@Override
		public BackOff getBackOff() {
			ExponentialBackOff exponential = new ExponentialBackOff(this.settings.initialDelay().toMillis(),
					this.settings.multiplier());
			exponential.setMaxInterval(this.settings.maxDelay().toMillis());
			exponential.setJitter(this.settings.initialDelay().toMillis() / 2);
			exponential.setMaxAttempts(this.settings.maxAttempts() - 1);
			return () -> {
				BackOffExecution computed = exponential.start();
				return () -> nextDelay(computed);
			};
		}

		/**
		 * Returns the next delay in milliseconds: the {@code Retry-After} of the last failure when it sent one, else
		 * the computed exponential delay. The computed execution is advanced in both cases so that it still stops
		 * after {@code maxAttempts}.
		 */
		private long nextDelay(BackOffExecution computed) {
			long delay = computed.nextBackOff();
			if (delay == BackOffExecution.STOP) {
				return delay;
			}
			if (this.lastFailure != null) {
				Optional<Duration> retryAfter = retryAfter(this.lastFailure);
				if (retryAfter.isPresent()) {
					delay = retryAfter.get().toMillis();
				}
			}
			this.lastDelay = Duration.ofMillis(delay);
			return delay;
		}

	}

	/**
	 * Logs each retry at debug level and passes it to the caller's callback and the application's
	 * {@link PushpadRetryListener}.
	 */
	private static final class LoggingRetryListener implements RetryListener {

		private final OperationRetryPolicy policy;

		private final IntConsumer onRetry;

		private final @Nullable PushpadRetryListener listener;

		LoggingRetryListener(OperationRetryPolicy policy, IntConsumer onRetry, @Nullable PushpadRetryListener listener) {
			this.policy = policy;
			this.onRetry = onRetry;
			this.listener = listener;
		}

		@Override
		public void beforeRetry(RetryPolicy retryPolicy, Retryable<?> retryable, RetryState state) {
			PushpadException failure = this.policy.lastFailure;
			if (failure == null) {
				return;
			}
			int attempt = state.getRetryCount() + 1;
			if (logger.isDebugEnabled()) {
				logger.debug(this.policy.operation + ": attempt " + attempt + " of "
						+ this.policy.settings.maxAttempts() + " after waiting " + this.policy.lastDelay.toMillis()
						+ " ms, because the previous attempt failed: " + failure.getMessage());
			}
			this.onRetry.accept(attempt);
			if (this.listener != null) {
				this.listener.beforeRetry(this.policy.operation, attempt, this.policy.lastDelay, failure);
			}
		}

	}

}
