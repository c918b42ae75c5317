package xyz.pushpad.boot.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * {@link PushpadConnectionDetails} read from {@link PushpadProperties}.
 */
final class PropertiesPushpadConnectionDetails implements PushpadConnectionDetails {

	private final PushpadProperties properties;

	PropertiesPushpadConnectionDetails(PushpadProperties properties) {
		this.properties = properties;
	}

	@Override
	public String baseUrl() {
		return this.properties.baseUrl();
	}

	@Override
	public String authToken() {
		String token = this.properties.authToken();
		if (token == null || token.isBlank()) {
			throw new InvalidPushpadPropertyException("pushpad.auth-token", "is blank",
					"set it to a Pushpad access token, or remove it so that no Pushpad client is configured");
		}
		return token;
	}

	@Override
	public @Nullable Long projectId() {
		return this.properties.projectId();
	}

	@Override
	public String toString() {
		return "PropertiesPushpadConnectionDetails[baseUrl=" + baseUrl() + ", projectId=" + projectId() + "]";
	}

}
