package xyz.pushpad.client.sender;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import xyz.pushpad.client.PushpadValidationException;
import xyz.pushpad.client.Validation;

/**
 * Sender to create, immutable. Pushpad generates a VAPID key pair unless the request imports an existing one, for
 * example to keep the subscriptions collected with it; {@link #toString()} leaves the private key out.
 *
 * @param name human-readable name, required
 * @param vapidPrivateKey VAPID private key in PEM ({@code -----BEGIN EC PRIVATE KEY-----}) to import, or
 * {@code null} to have one generated
 * @param vapidPublicKey VAPID public key in PEM ({@code -----BEGIN PUBLIC KEY-----}) to import, or {@code null} to
 * have one generated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SenderCreateRequest(@JsonProperty("name") String name,
		@JsonProperty("vapid_private_key") @Nullable String vapidPrivateKey,
		@JsonProperty("vapid_public_key") @Nullable String vapidPublicKey) {

	/**
	 * Checks the fields against the rules of the Pushpad API. No message contains a key, because a key given in the
	 * wrong field may be the private one.
	 * @throws PushpadValidationException if the name is blank, only one key is given, or a key is not in PEM form
	 */
	public SenderCreateRequest {
		Validation.requireNotBlank("name", name, "a sender needs a name");
		if ((vapidPrivateKey == null) != (vapidPublicKey == null)) {
			String missing = (vapidPrivateKey == null) ? "vapid_private_key" : "vapid_public_key";
			String given = (vapidPrivateKey == null) ? "vapid_public_key" : "vapid_private_key";
			throw PushpadValidationException.hiddenValue(missing, "missing while '" + given + "' is set: import both "
					+ "keys of the VAPID key pair, or neither to have Pushpad generate them");
		}
		Validation.requirePemKey("vapid_private_key", vapidPrivateKey, "PRIVATE KEY");
		Validation.requirePemKey("vapid_public_key", vapidPublicKey, "PUBLIC KEY");
	}

	/**
	 * Creates a request for a sender whose VAPID keys Pushpad generates.
	 * @param name human-readable name
	 * @return the request
	 */
	public static SenderCreateRequest of(String name) {
		return new SenderCreateRequest(name, null, null);
	}

	/**
	 * Creates a request that imports an existing VAPID key pair.
	 * @param name human-readable name
	 * @param vapidPrivateKey private key in PEM
	 * @param vapidPublicKey public key in PEM
	 * @return the request
	 */
	public static SenderCreateRequest importing(String name, String vapidPrivateKey, String vapidPublicKey) {
		return new SenderCreateRequest(name, vapidPrivateKey, vapidPublicKey);
	}

	@Override
	public String toString() {
		return "SenderCreateRequest[name=" + this.name + ", vapidPrivateKey=" + hidden(this.vapidPrivateKey)
				+ ", vapidPublicKey=" + this.vapidPublicKey + "]";
	}

	static String hidden(@Nullable String secret) {
		return (secret != null) ? "[hidden]" : "null";
	}

}
