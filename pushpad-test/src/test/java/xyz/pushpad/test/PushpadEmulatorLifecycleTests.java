package xyz.pushpad.test;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import xyz.pushpad.client.PushpadTemplate;
import xyz.pushpad.client.notification.NotificationRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PushpadEmulatorLifecycleTests {

	@Test
	void startTakesUnderOneSecond() {
		long start = System.nanoTime();
		try (PushpadEmulator emulator = PushpadEmulator.start()) {
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
			assertThat(emulator.isStrict()).isTrue();
			assertThat(emulator.authToken()).isEqualTo(PushpadEmulator.DEFAULT_AUTH_TOKEN);
		}
	}

	@Test
	void builderSetsTokenAndStrictness() {
		try (PushpadEmulator emulator = PushpadEmulator.builder().authToken("secret").strict(false).start()) {
			assertThat(emulator.authToken()).isEqualTo("secret");
			assertThat(emulator.isStrict()).isFalse();
		}
	}

	@Test
	void strictModeRejectsSpecificationMismatchWith400() throws Exception {
		RequestValidator validator = (method, path, rawQuery, body) -> path.equals("/projects")
				? List.of(method + " " + path + ": unknown property 'colour'") : List.of();
		try (PushpadEmulator emulator = PushpadEmulator.builder().requestValidator(validator).start()) {
			HttpResponse<String> rejected = get(emulator, "/projects");
			assertThat(rejected.statusCode()).isEqualTo(400);
			assertThat(rejected.body()).contains("does not match the Pushpad API specification: "
					+ "GET /projects: unknown property 'colour'");
			assertThat(get(emulator, "/senders").statusCode()).isEqualTo(200);
		}
	}

	@Test
	void lenientModeSkipsSpecificationCheck() throws Exception {
		RequestValidator validator = (method, path, rawQuery, body) -> List.of("always wrong");
		try (PushpadEmulator emulator = PushpadEmulator.builder()
			.requestValidator(validator)
			.strict(false)
			.start()) {
			assertThat(get(emulator, "/projects").statusCode()).isEqualTo(200);
		}
	}

	@Test
	void occupiedPortFailsToStart() {
		try (PushpadEmulator first = PushpadEmulator.start()) {
			assertThatExceptionOfType(UncheckedIOException.class)
				.isThrownBy(() -> PushpadEmulator.builder().port(first.port()).start())
				.withMessageContaining("port " + first.port());
		}
	}

	@Test
	void viewsDeliverNotificationsDueOnSystemClock() throws InterruptedException {
		try (PushpadEmulator emulator = PushpadEmulator.builder().strict(false).start()) {
			emulator.subscriptions().add("alice");
			PushpadTemplate pushpad = emulator.templateBuilder().build();
			pushpad.countSubscriptions();
			Instant sendAt = emulator.clock().instant().plus(Duration.ofSeconds(1));
			long id = pushpad.createNotification(NotificationRequest.builder().body("Soon").sendAt(sendAt).build())
				.id();
			assertThat(emulator.notifications().get(id).status()).isEqualTo(EmulatedNotification.Status.SCHEDULED);

			// Time passes with no request and no clock move, at most 3 seconds.
			long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
			while (!emulator.clock().instant().isAfter(sendAt) && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			emulator.subscriptions().add("bob");

			EmulatedNotification notification = emulator.notifications().get(id);
			assertThat(notification.status()).isEqualTo(EmulatedNotification.Status.SENT);
			assertThat(notification.recipientUids()).containsExactly("alice");
		}
	}

	@Test
	void clockCannotMoveBack() {
		EmulatorClock clock = EmulatorClock.fixed(Instant.parse("2026-01-01T00:00:00Z"));
		assertThatIllegalArgumentException().isThrownBy(() -> clock.advance(Duration.ofSeconds(-1)));
		assertThatIllegalArgumentException().isThrownBy(() -> clock.advanceTo(Instant.parse("2025-12-31T00:00:00Z")));
		clock.advanceTo(Instant.parse("2026-01-02T00:00:00Z"));
		assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
	}

	@Test
	void senderKeysArePemEncodedP256() throws Exception {
		VapidKeys keys = VapidKeys.generate();
		assertThat(VapidKeys.isPrivateKeyPem(keys.privateKeyPem())).isTrue();
		assertThat(VapidKeys.isPublicKeyPem(keys.publicKeyPem())).isTrue();
		byte[] publicKey = Base64.getMimeDecoder()
			.decode(keys.publicKeyPem().replaceAll("-----[A-Z ]+-----", ""));
		KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(publicKey));
		byte[] privateKey = Base64.getMimeDecoder()
			.decode(keys.privateKeyPem().replaceAll("-----[A-Z ]+-----", ""));
		// SEC 1 ECPrivateKey of P-256: a 119-byte sequence with a 32-byte private value.
		assertThat(privateKey).hasSize(121);
		assertThat(privateKey[0]).isEqualTo((byte) 0x30);
		assertThat(privateKey[1]).isEqualTo((byte) 0x77);
		assertThat(privateKey[6]).isEqualTo((byte) 0x20);
	}

	private static HttpResponse<String> get(PushpadEmulator emulator, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
			.header("Authorization", "Bearer " + emulator.authToken())
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
