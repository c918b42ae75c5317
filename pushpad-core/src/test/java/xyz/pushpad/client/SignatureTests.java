package xyz.pushpad.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SignatureTests {

	@Test
	void signatureMatchesPublishedVector() {
		PushpadTemplate template = PushpadTemplate.builder().authToken("5374d7dfeffa2eb49965624ba7596a09").build();

		assertThat(template.signatureFor("user12345"))
			.isEqualTo("6627820dab00a1971f2a6d3ff16a5ad8ba4048a02b2d402820afc61aefd0b69f");
	}

	@Test
	void signatureOfSecondVector() {
		PushpadTemplate template = PushpadTemplate.builder().authToken("abc123").build();

		assertThat(template.signatureFor("myuid1"))
			.isEqualTo("d213a2f146dd9aae9cb935b5233d42fecc9414e2b0e98896af7a43e7fce3ef31");
	}

	@Test
	void signatureOfNonAsciiUidUsesUtf8Bytes() {
		PushpadTemplate template = PushpadTemplate.builder().authToken("5374d7dfeffa2eb49965624ba7596a09").build();

		// HMAC-SHA256 of the UTF-8 bytes of "jürgen-日本", computed independently with Python's hmac module.
		assertThat(template.signatureFor("jürgen-日本"))
			.isEqualTo("7411f83426d03d2bb782cb8d477f6e53a817fe55b6de53a76015a2dba974c795");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "\t\n" })
	void blankUidIsRejected(String uid) {
		PushpadTemplate template = PushpadTemplate.builder().authToken("5374d7dfeffa2eb49965624ba7596a09").build();

		assertThatExceptionOfType(PushpadValidationException.class).isThrownBy(() -> template.signatureFor(uid))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("uid"))
			.withMessageStartingWith("Invalid 'uid' (value \"" + uid + "\"): must not be blank");
	}

	@Test
	void nullUidIsRejected() {
		PushpadTemplate template = PushpadTemplate.builder().authToken("5374d7dfeffa2eb49965624ba7596a09").build();

		assertThatExceptionOfType(PushpadValidationException.class).isThrownBy(() -> template.signatureFor(null))
			.withMessageStartingWith("Invalid 'uid' (missing)");
	}

	@Test
	void viewForOtherProjectSignsWithSameToken() {
		PushpadTemplate template = PushpadTemplate.builder().authToken("5374d7dfeffa2eb49965624ba7596a09").build();

		assertThat(template.forProject(99).signatureFor("user12345")).isEqualTo(template.signatureFor("user12345"));
	}

}
