package xyz.pushpad.test;

import java.io.UncheckedIOException;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

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
	void occupiedPortFailsToStart() {
		try (PushpadEmulator first = PushpadEmulator.start()) {
			assertThatExceptionOfType(UncheckedIOException.class)
				.isThrownBy(() -> PushpadEmulator.builder().port(first.port()).start())
				.withMessageContaining("port " + first.port());
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

}
