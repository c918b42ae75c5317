package xyz.pushpad.test;

import java.time.Instant;

/**
 * Sender stored by the emulator: the VAPID key pair that signs pushes for its projects.
 *
 * @param id identifier of the sender
 * @param name name of the sender
 * @param vapidPrivateKey private key, PEM-encoded ({@code -----BEGIN EC PRIVATE KEY-----})
 * @param vapidPublicKey public key, PEM-encoded ({@code -----BEGIN PUBLIC KEY-----})
 * @param createdAt time the sender was created
 */
public record EmulatedSender(long id, String name, String vapidPrivateKey, String vapidPublicKey, Instant createdAt) {

	EmulatedSender withName(String name) {
		return new EmulatedSender(this.id, name, this.vapidPrivateKey, this.vapidPublicKey, this.createdAt);
	}

	@Override
	public String toString() {
		return "EmulatedSender[id=" + this.id + ", name=" + this.name + "]";
	}

}
