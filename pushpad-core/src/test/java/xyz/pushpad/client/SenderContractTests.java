package xyz.pushpad.client;

import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import xyz.pushpad.client.sender.Sender;
import xyz.pushpad.client.sender.SenderCreateRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Contract tests of the sender endpoints, including that the VAPID private key never appears in a message.
 */
class SenderContractTests {

	private static final String PRIVATE_KEY = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIPrivateKeyMaterial42\n"
			+ "-----END EC PRIVATE KEY-----";

	private static final String PUBLIC_KEY = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQPublic\n"
			+ "-----END PUBLIC KEY-----";

	private static final String SENDER_JSON = "{\"id\":12345,\"name\":\"My Sender\",\"vapid_private_key\":"
			+ "\"-----BEGIN EC PRIVATE KEY-----\\nMHcCAQEEIPrivateKeyMaterial42\\n-----END EC PRIVATE KEY-----\","
			+ "\"vapid_public_key\":\"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQPublic\\n-----END PUBLIC KEY-----\","
			+ "\"created_at\":\"2025-09-13T10:30:00.123Z\"}";

	@RegisterExtension
	static WireMockExtension server = WireMockContract.newServer();

	private PushpadTemplate template;

	@BeforeEach
	void createTemplate() {
		this.template = WireMockContract.newTemplate(server);
	}

	@AfterEach
	void exchangesFollowSpec() {
		WireMockContract.assertExchangesFollowSpec(server);
	}

	@Test
	void listReadsKeys() {
		server.stubFor(get("/api/v1/senders").willReturn(okJson("[" + SENDER_JSON + "]")));

		assertThat(this.template.listSenders()).singleElement().satisfies((sender) -> {
			assertThat(sender.id()).isEqualTo(12345L);
			assertThat(sender.name()).isEqualTo("My Sender");
			assertThat(sender.vapidPrivateKey()).isEqualTo(PRIVATE_KEY);
			assertThat(sender.vapidPublicKey()).isEqualTo(PUBLIC_KEY);
			assertThat(sender.createdAt()).isEqualTo(Instant.parse("2025-09-13T10:30:00.123Z"));
		});
		server.verify(getRequestedFor(urlEqualTo("/api/v1/senders"))
			.withHeader("Authorization", equalTo("Bearer " + WireMockContract.TOKEN))
			.withHeader("Content-Type", absent()));
	}

	@Test
	void createWithNameSendsOnlyName() {
		server.stubFor(post("/api/v1/senders").willReturn(aResponse().withStatus(201).withBody(SENDER_JSON)));

		Sender sender = this.template.createSender(SenderCreateRequest.of("My Sender"));

		server.verify(postRequestedFor(urlEqualTo("/api/v1/senders"))
			.withRequestBody(equalToJson("{\"name\":\"My Sender\"}")));
		assertThat(sender.id()).isEqualTo(12345L);
	}

	@Test
	void createImportingKeysSendsBothKeys() {
		server.stubFor(post("/api/v1/senders").willReturn(aResponse().withStatus(201).withBody(SENDER_JSON)));

		this.template.createSender(SenderCreateRequest.importing("My Sender", PRIVATE_KEY, PUBLIC_KEY));

		server.verify(postRequestedFor(urlEqualTo("/api/v1/senders")).withRequestBody(equalToJson(
				"{\"name\":\"My Sender\",\"vapid_private_key\":\"" + PRIVATE_KEY.replace("\n", "\\n")
						+ "\",\"vapid_public_key\":\"" + PUBLIC_KEY.replace("\n", "\\n") + "\"}")));
	}

	@Test
	void getKeepsLargeId() {
		server.stubFor(get("/api/v1/senders/9007199254740993")
			.willReturn(okJson("{\"id\":9007199254740993,\"name\":\"S\"}")));

		assertThat(this.template.getSender(9007199254740993L).id()).isEqualTo(9007199254740993L);
	}

	@Test
	void updateSendsOnlyName() {
		server.stubFor(patch(urlEqualTo("/api/v1/senders/12345")).willReturn(okJson(SENDER_JSON)));

		this.template.updateSender(12345, "Renamed");

		server.verify(patchRequestedFor(urlEqualTo("/api/v1/senders/12345"))
			.withRequestBody(equalToJson("{\"name\":\"Renamed\"}")));
	}

	@Test
	void deleteAcceptsNoContent() {
		server.stubFor(delete("/api/v1/senders/12345").willReturn(aResponse().withStatus(204)));

		this.template.deleteSender(12345);

		server.verify(deleteRequestedFor(urlEqualTo("/api/v1/senders/12345")));
	}

	@Test
	void toStringHidesPrivateKey() {
		Sender sender = new Sender(1, "S", PRIVATE_KEY, PUBLIC_KEY, null);
		SenderCreateRequest request = SenderCreateRequest.importing("S", PRIVATE_KEY, PUBLIC_KEY);

		assertThat(sender.toString()).doesNotContain("PrivateKeyMaterial").contains("vapidPrivateKey=[hidden]");
		assertThat(sender.toString()).contains(PUBLIC_KEY);
		assertThat(request.toString()).doesNotContain("PrivateKeyMaterial").contains("vapidPrivateKey=[hidden]");
		assertThat(new Sender(1, "S", null, null, null).toString()).contains("vapidPrivateKey=null");
	}

	@Test
	void unparsableResponseHidesBody() {
		server.stubFor(get("/api/v1/senders/1").willReturn(okJson("{\"id\":\"x\",\"vapid_private_key\":\""
				+ "PrivateKeyMaterial42\"}").withHeader(WireMockContract.OFF_SPEC_FIXTURE, "unparsable on purpose")));

		assertThatExceptionOfType(PushpadClientException.class).isThrownBy(() -> this.template.getSender(1))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).contains("body hidden");
				assertThat(ex.getMessage()).doesNotContain("PrivateKeyMaterial");
			});
	}

	@Test
	void errorEchoingImportedKeyHidesIt() {
		server.stubFor(post("/api/v1/senders").willReturn(aResponse().withStatus(422)
			.withBody("{\"error\":\"invalid key " + PRIVATE_KEY.replace("\n", "\\n") + "\"}")));

		assertThatExceptionOfType(PushpadUnprocessableEntityException.class)
			.isThrownBy(() -> this.template
				.createSender(SenderCreateRequest.importing("S", PRIVATE_KEY.replace("\n", "\\n"), PUBLIC_KEY)))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).doesNotContain("PrivateKeyMaterial").contains("[hidden]");
				assertThat(ex.getResponseBodyAsString()).doesNotContain("PrivateKeyMaterial");
				assertThat(ex.getStatusCode()).isEqualTo(422);
			});
	}

	@Test
	void invalidArgumentsFailBeforeSending() {
		assertThatExceptionOfType(PushpadValidationException.class).isThrownBy(() -> this.template.getSender(-1))
			.withMessageContaining("'senderId'");
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> this.template.updateSender(1, " "))
			.withMessageContaining("'name'");
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> new SenderCreateRequest("S", PRIVATE_KEY, null))
			.withMessageContaining("both keys")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("PrivateKeyMaterial"));
		server.verify(0, anyRequestedFor(anyUrl()));
	}

	@ParameterizedTest
	@MethodSource("xyz.pushpad.client.WireMockContract#crudErrorStatuses")
	void errorStatusMapsToException(String operation, int status, Class<? extends PushpadApiException> expected) {
		server.stubFor(any(urlPathMatching("/api/v1/senders(/12345)?"))
			.willReturn(aResponse().withStatus(status).withBody("{\"error\":\"failed\"}")));

		assertThatExceptionOfType(expected).isThrownBy(() -> {
			switch (operation) {
				case "list" -> this.template.listSenders();
				case "create" -> this.template.createSender(SenderCreateRequest.of("S"));
				case "get" -> this.template.getSender(12345);
				case "update" -> this.template.updateSender(12345, "N");
				case "delete" -> this.template.deleteSender(12345);
				default -> throw new IllegalArgumentException(operation);
			}
		}).satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(status));
	}

}
