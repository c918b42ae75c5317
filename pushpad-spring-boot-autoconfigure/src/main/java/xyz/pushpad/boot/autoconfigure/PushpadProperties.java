package xyz.pushpad.boot.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import xyz.pushpad.client.PushpadTemplate;

/**
 * Configuration properties for the Pushpad client, bound from {@code pushpad.*}.
 *
 * @param authToken access token used to authenticate with Pushpad, created under Account settings, Access tokens.
 * @param projectId identifier of the project used when an operation names none.
 * @param baseUrl base URL of the Pushpad REST API.
 * @param connectTimeout maximum time to wait for a connection to Pushpad.
 * @param readTimeout maximum time to wait for Pushpad to answer a request.
 */
@ConfigurationProperties("pushpad")
public record PushpadProperties(@Nullable String authToken, @Nullable Long projectId,
		@DefaultValue(PushpadTemplate.DEFAULT_BASE_URL) String baseUrl, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("30s") Duration readTimeout) {

	@Override
	public String toString() {
		return "PushpadProperties[authToken=" + ((this.authToken != null) ? "******" : "null") + ", projectId="
				+ this.projectId + ", baseUrl=" + this.baseUrl + ", connectTimeout=" + this.connectTimeout
				+ ", readTimeout=" + this.readTimeout + "]";
	}

}
