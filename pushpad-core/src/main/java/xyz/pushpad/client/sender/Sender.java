package xyz.pushpad.client.sender;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Sender: the owner of subscriptions and the signer of notifications, with its VAPID key pair. The private key is a
 * secret, so {@link #toString()} leaves it out.
 *
 * @param id identifier of the sender
 * @param name human-readable name
 * @param vapidPrivateKey VAPID private key in PEM ({@code -----BEGIN EC PRIVATE KEY-----}), or {@code null}
 * @param vapidPublicKey VAPID public key in PEM ({@code -----BEGIN PUBLIC KEY-----}), or {@code null}
 * @param createdAt time the sender was created
 */
public record Sender(@JsonProperty("id") long id, @JsonProperty("name") @Nullable String name,
		@JsonProperty("vapid_private_key") @Nullable String vapidPrivateKey,
		@JsonProperty("vapid_public_key") @Nullable String vapidPublicKey,
		@JsonProperty("created_at") @Nullable Instant createdAt) {

	@Override
	public String toString() {
		return "Sender[id=" + this.id + ", name=" + this.name + ", vapidPrivateKey="
				+ SenderCreateRequest.hidden(this.vapidPrivateKey) + ", vapidPublicKey=" + this.vapidPublicKey
				+ ", createdAt=" + this.createdAt + "]";
	}

}
