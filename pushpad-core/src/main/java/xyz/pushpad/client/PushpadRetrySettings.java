package xyz.pushpad.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Retry settings of a {@link PushpadTemplate}, immutable. Start from {@link #defaults()} and change values with the
 * {@code withX} methods.
 *
 * <p>Delays grow exponentially from {@code initialDelay} by {@code multiplier} up to {@code maxDelay}, with a random
 * jitter of up to half the initial delay either way. A {@code Retry-After} header of Pushpad replaces the computed
 * delay; when it requests more than {@code maxRetryAfter}, the call fails at once instead. No retry starts when its
 * delay would end after {@code maxTotalTime}, counted from the start of the first attempt.
 *
 * @param enabled whether failed calls are retried at all
 * @param maxAttempts maximum number of attempts of one call, the first included; 1 disables retries
 * @param initialDelay delay before the first retry
 * @param multiplier factor applied to the delay after each retry, 1 or more
 * @param maxDelay maximum delay between two attempts
 * @param maxTotalTime maximum time from the start of the first attempt after which no retry starts
 * @param maxRetryAfter maximum {@code Retry-After} wait that is honoured
 */
public record PushpadRetrySettings(boolean enabled, int maxAttempts, Duration initialDelay, double multiplier,
		Duration maxDelay, Duration maxTotalTime, Duration maxRetryAfter) {

	private static final PushpadRetrySettings DEFAULTS = new PushpadRetrySettings(true, 3, Duration.ofMillis(500), 2.0,
			Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(30));

	/**
	 * Checks the values.
	 * @throws PushpadValidationException if a value is out of range
	 */
	public PushpadRetrySettings {
		if (maxAttempts < 1) {
			throw new PushpadValidationException("maxAttempts", maxAttempts, "must be 1 or more; 1 disables retries");
		}
		requireNotNegative("initialDelay", initialDelay);
		if (!(multiplier >= 1.0)) {
			throw new PushpadValidationException("multiplier", multiplier, "must be 1.0 or more");
		}
		requireNotNegative("maxDelay", maxDelay);
		requireNotNegative("maxTotalTime", maxTotalTime);
		requireNotNegative("maxRetryAfter", maxRetryAfter);
	}

	/**
	 * Returns the default settings: enabled, 3 attempts, 500 ms initial delay doubled after each retry up to 10 s, 60 s
	 * maximum total time and {@code Retry-After} honoured up to 30 s.
	 * @return the default settings
	 */
	public static PushpadRetrySettings defaults() {
		return DEFAULTS;
	}

	/**
	 * Returns settings that never retry.
	 * @return the default settings with retries disabled
	 */
	public static PushpadRetrySettings disabled() {
		return DEFAULTS.withEnabled(false);
	}

	/**
	 * Returns whether a failed call may be attempted again under these settings.
	 * @return {@code true} when retries are enabled and more than one attempt is allowed
	 */
	public boolean retries() {
		return this.enabled && this.maxAttempts > 1;
	}

	public PushpadRetrySettings withEnabled(boolean enabled) {
		return new PushpadRetrySettings(enabled, this.maxAttempts, this.initialDelay, this.multiplier, this.maxDelay,
				this.maxTotalTime, this.maxRetryAfter);
	}

	public PushpadRetrySettings withMaxAttempts(int maxAttempts) {
		return new PushpadRetrySettings(this.enabled, maxAttempts, this.initialDelay, this.multiplier, this.maxDelay,
				this.maxTotalTime, this.maxRetryAfter);
	}

	public PushpadRetrySettings withInitialDelay(Duration initialDelay) {
		return new PushpadRetrySettings(this.enabled, this.maxAttempts, initialDelay, this.multiplier, this.maxDelay,
				this.maxTotalTime, this.maxRetryAfter);
	}

	public PushpadRetrySettings withMultiplier(double multiplier) {
		return new PushpadRetrySettings(this.enabled, this.maxAttempts, this.initialDelay, multiplier, this.maxDelay,
				this.maxTotalTime, this.maxRetryAfter);
	}

	public PushpadRetrySettings withMaxDelay(Duration maxDelay) {
		return new PushpadRetrySettings(this.enabled, this.maxAttempts, this.initialDelay, this.multiplier, maxDelay,
				this.maxTotalTime, this.maxRetryAfter);
	}

	public PushpadRetrySettings withMaxTotalTime(Duration maxTotalTime) {
		return new PushpadRetrySettings(this.enabled, this.maxAttempts, this.initialDelay, this.multiplier,
				this.maxDelay, maxTotalTime, this.maxRetryAfter);
	}

	public PushpadRetrySettings withMaxRetryAfter(Duration maxRetryAfter) {
		return new PushpadRetrySettings(this.enabled, this.maxAttempts, this.initialDelay, this.multiplier,
				this.maxDelay, this.maxTotalTime, maxRetryAfter);
	}

	private static void requireNotNegative(String field, @Nullable Duration value) {
		if (value == null || value.isNegative()) {
			throw new PushpadValidationException(field, value, "must be a duration of 0 or more");
		}
	}

}
