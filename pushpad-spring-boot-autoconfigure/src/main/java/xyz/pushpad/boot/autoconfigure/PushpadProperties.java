package xyz.pushpad.boot.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import xyz.pushpad.client.PushpadRetrySettings;
import xyz.pushpad.client.PushpadTemplate;
import xyz.pushpad.client.PushpadValidationException;

/**
 * Configuration properties for the Pushpad client, bound from {@code pushpad.*}.
 *
 * @param authToken Access token used to authenticate with Pushpad, created under Account settings, Access tokens.
 * @param projectId Identifier of the project used when an operation names none.
 * @param baseUrl Base URL of the Pushpad REST API.
 * @param connectTimeout Maximum time to wait for a connection to Pushpad.
 * @param readTimeout Maximum time to wait for the response to a request to Pushpad.
 * @param health Settings of the Pushpad health indicator.
 * @param retry Retries of failed calls.
 */
@ConfigurationProperties("pushpad")
public record PushpadProperties(@Nullable String authToken, @Nullable Long projectId,
		@DefaultValue(PushpadTemplate.DEFAULT_BASE_URL) String baseUrl, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("30s") Duration readTimeout, @DefaultValue Health health, @DefaultValue Retry retry) {

	public PushpadProperties {
		requirePositive("pushpad.connect-timeout", connectTimeout);
		requirePositive("pushpad.read-timeout", readTimeout);
	}

	/**
	 * Retry properties, bound from {@code pushpad.retry.*}. A notification is created again only when the first
	 * request cannot have reached Pushpad, whatever these values.
	 *
	 * @param enabled Whether failed calls are retried.
	 * @param maxAttempts Maximum number of attempts of one call, the first included.
	 * @param initialDelay Delay before the first retry.
	 * @param multiplier Factor applied to the delay after each retry.
	 * @param maxDelay Maximum delay between two attempts.
	 * @param maxTotalTime Maximum time from the start of the first attempt after which no retry starts.
	 * @param maxRetryAfter Maximum wait requested by a Retry-After header that is honoured; a longer one fails the
	 * call at once.
	 */
	public record Retry(@DefaultValue("true") boolean enabled, @DefaultValue("3") int maxAttempts,
			@DefaultValue("500ms") Duration initialDelay, @DefaultValue("2.0") double multiplier,
			@DefaultValue("10s") Duration maxDelay, @DefaultValue("60s") Duration maxTotalTime,
			@DefaultValue("30s") Duration maxRetryAfter) {

		public Retry {
			try {
				new PushpadRetrySettings(enabled, maxAttempts, initialDelay, multiplier, maxDelay, maxTotalTime,
						maxRetryAfter);
			}
			catch (PushpadValidationException ex) {
				String property = "pushpad.retry." + toKebabCase(ex.getField());
				throw new IllegalArgumentException("Property '" + property + "' " + ex.getRule(), ex);
			}
		}

		/**
		 * Returns these properties as the settings of the client.
		 * @return the retry settings
		 */
		public PushpadRetrySettings toSettings() {
			return new PushpadRetrySettings(this.enabled, this.maxAttempts, this.initialDelay, this.multiplier,
					this.maxDelay, this.maxTotalTime, this.maxRetryAfter);
		}

	}

	@Override
	public String toString() {
		return "PushpadProperties[authToken=" + ((this.authToken != null) ? "******" : "null") + ", projectId="
				+ this.projectId + ", baseUrl=" + this.baseUrl + ", connectTimeout=" + this.connectTimeout
				+ ", readTimeout=" + this.readTimeout + ", health=" + this.health
				+ ", retry=" + this.retry + "]";
	}

	/**
	 * Settings of the Pushpad health indicator.
	 *
	 * @param timeout Maximum time a health check waits for Pushpad before it reports the service as down.
	 * @param cacheTimeToLive Time to live of a health check result, after which Pushpad is probed again.
	 */
	public record Health(@DefaultValue("2s") Duration timeout, @DefaultValue("30s") Duration cacheTimeToLive) {

		public Health {
			requirePositive("pushpad.health.timeout", timeout);
			requirePositive("pushpad.health.cache-time-to-live", cacheTimeToLive);
		}

	}

	private static void requirePositive(String property, @Nullable Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(
					"Property '" + property + "' must be a positive duration such as 5s, but was " + value);
		}
	}

	private static String toKebabCase(String camelCase) {
		StringBuilder kebab = new StringBuilder(camelCase.length() + 4);
		for (int i = 0; i < camelCase.length(); i++) {
			char c = camelCase.charAt(i);
			if (Character.isUpperCase(c)) {
				kebab.append('-').append(Character.toLowerCase(c));
			}
			else {
				kebab.append(c);
			}
		}
		return kebab.toString();
	}

}
