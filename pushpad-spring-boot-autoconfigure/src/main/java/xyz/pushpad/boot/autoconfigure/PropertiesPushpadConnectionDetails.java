package xyz.pushpad.boot.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * {@link PushpadConnectionDetails} read from {@link PushpadProperties}.
 */
final class PropertiesPushpadConnectionDetails implements PushpadConnectionDetails {

	private static final String AUTH_TOKEN = "pushpad.auth-token";

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
			throw new InvalidPushpadPropertyException(AUTH_TOKEN, "is blank",
					"set it to a Pushpad access token, or remove it so that no Pushpad client is configured");
		}
		String stripped = token.strip();
		int offset = token.indexOf(stripped);
		for (int i = 0; i < stripped.length(); i++) {
			char c = stripped.charAt(i);
			if (c <= ' ' || c >= 0x7f) {
				throw new InvalidPushpadPropertyException(AUTH_TOKEN,
						"contains whitespace or a non-ASCII character at index " + (offset + i),
						"copy the access token again from Pushpad");
			}
		}
		return stripped;
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
