package xyz.pushpad.client;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import xyz.pushpad.client.notification.Notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How the template reads response bodies: sized by {@code Content-Length} when the server sends one, in chunks
 * when it does not.
 */
class ResponseBodyTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(options().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true))
		.build();

	private PushpadTemplate template;

	@BeforeEach
	void createTemplate() {
		this.template = PushpadTemplate.builder()
			.authToken("test-token")
			.projectId(123L)
			.baseUrl(server.baseUrl() + "/api/v1")
			.build();
	}

	@Test
	void bodyLargerThanReadBufferIsReadWhole() {
		String json = notificationsJson(300);
		assertThat(json.length()).isGreaterThan(3 * 8192);
		server.stubFor(get("/api/v1/projects/123/notifications?page=1").willReturn(okJson(json)));

		List<Notification> notifications = this.template.listNotifications(1);

		assertThat(notifications).hasSize(300);
		assertThat(notifications.get(299).id()).isEqualTo(300L);
		assertThat(notifications.get(299).body()).isEqualTo("Notification 300");
	}

	@Test
	void chunkedBodyWithoutLengthIsReadWhole() {
		server.stubFor(get("/api/v1/projects/123/notifications?page=1").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(notificationsJson(50))
			.withChunkedDribbleDelay(5, 20)));

		List<Notification> notifications = this.template.listNotifications(1);

		assertThat(notifications).hasSize(50);
		assertThat(notifications.get(49).body()).isEqualTo("Notification 50");
	}

	@Test
	void chunkedBodyFillingReadBufferIsReadWhole() {
		String prefix = "[{\"id\":1,\"project_id\":123,\"body\":\"";
		String suffix = "\"}]";
		String text = "x".repeat(8192 - prefix.length() - suffix.length());
		server.stubFor(get("/api/v1/projects/123/notifications?page=1").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(prefix + text + suffix)
			.withChunkedDribbleDelay(4, 20)));

		List<Notification> notifications = this.template.listNotifications(1);

		assertThat(notifications).hasSize(1);
		assertThat(notifications.get(0).body()).isEqualTo(text);
	}

	@Test
	void errorBodyIsKeptWithContentLength() {
		server.stubFor(get("/api/v1/notifications/1").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"Not Found\"}")));

		assertThatExceptionOfType(PushpadNotFoundException.class).isThrownBy(() -> this.template.getNotification(1))
			.satisfies((ex) -> assertThat(ex.getResponseBodyAsString()).isEqualTo("{\"error\":\"Not Found\"}"));
	}

	private static String notificationsJson(int count) {
		return IntStream.rangeClosed(1, count)
			.mapToObj((id) -> "{\"id\":" + id + ",\"project_id\":123,\"title\":\"Title " + id
					+ "\",\"body\":\"Notification " + id + "\",\"target_url\":\"https://example.com/orders/" + id + "\"}")
			.collect(Collectors.joining(",", "[", "]"));
	}

}
