package xyz.pushpad.boot.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import xyz.pushpad.client.PushpadRetrySettings;
import xyz.pushpad.client.PushpadTemplate;

/**
 * Configuration properties for the Pushpad client, bound from {@code pushpad.*}.
 *
 * @param authToken access token used to authenticate with Pushpad, created under Account settings, Access tokens.
 * @param projectId identifier of the project used when an operation names none.
 * @param baseUrl base URL of the Pushpad REST API.
 * @param connectTimeout maximum time to wait for a connection to Pushpad.
 * @param readTimeout maximum time to wait for Pushpad to answer a request.
 * @param retry retries of failed calls.
 */
@ConfigurationProperties("pushpad")
public record PushpadProperties(@Nullable String authToken, @Nullable Long projectId,
		@DefaultValue(PushpadTemplate.DEFAULT_BASE_URL) String baseUrl, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("30s") Duration readTimeout, @DefaultValue Retry retry) {

	/**
	 * Retry properties, bound from {@code pushpad.retry.*}. A notification is created again only when the first
	 * request cannot have reached Pushpad, whatever these values.
	 *
	 * @param enabled whether failed calls are retried.
	 * @param maxAttempts maximum number of attempts of one call, the first included.
	 * @param initialDelay delay before the first retry.
	 * @param multiplier factor applied to the delay after each retry.
	 * @param maxDelay maximum delay between two attempts.
	 * @param maxTotalTime maximum time from the start of the first attempt after which no retry starts.
	 * @param maxRetryAfter maximum wait requested by a Retry-After header that is honoured; a longer one fails the
	 * call at once.
	 */
	public record Retry(@DefaultValue("true") boolean enabled, @DefaultValue("3") int maxAttempts,
			@DefaultValue("500ms") Duration initialDelay, @DefaultValue("2.0") double multiplier,
			@DefaultValue("10s") Duration maxDelay, @DefaultValue("60s") Duration maxTotalTime,
			@DefaultValue("30s") Duration maxRetryAfter) {

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
				+ ", readTimeout=" + this.readTimeout + ", retry=" + this.retry + "]";
	}

}
