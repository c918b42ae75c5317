package xyz.pushpad.boot.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import xyz.pushpad.client.PushpadTemplate;

/**
 * Configuration properties for the Pushpad client, bound from {@code pushpad.*}.
 *
 * @param authToken Access token used to authenticate with Pushpad, created under Account settings, Access tokens.
 * @param projectId Identifier of the project used when an operation names none.
 * @param baseUrl Base URL of the Pushpad REST API.
 * @param connectTimeout Maximum time to wait for a connection to Pushpad.
 * @param readTimeout Maximum time to wait for Pushpad to answer a request.
 * @param health Settings of the Pushpad health indicator.
 */
@ConfigurationProperties("pushpad")
public record PushpadProperties(@Nullable String authToken, @Nullable Long projectId,
		@DefaultValue(PushpadTemplate.DEFAULT_BASE_URL) String baseUrl, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("30s") Duration readTimeout, @DefaultValue Health health) {

	@Override
	public String toString() {
		return "PushpadProperties[authToken=" + ((this.authToken != null) ? "******" : "null") + ", projectId="
				+ this.projectId + ", baseUrl=" + this.baseUrl + ", connectTimeout=" + this.connectTimeout
				+ ", readTimeout=" + this.readTimeout + ", health=" + this.health + "]";
	}

	/**
	 * Settings of the Pushpad health indicator.
	 *
	 * @param timeout Maximum time a health check waits for Pushpad before it reports the service as down.
	 * @param cacheTimeToLive Time to live of a health check result, after which Pushpad is probed again.
	 */
	public record Health(@DefaultValue("2s") Duration timeout, @DefaultValue("30s") Duration cacheTimeToLive) {

	}

}
