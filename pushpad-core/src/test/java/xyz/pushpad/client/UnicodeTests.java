package xyz.pushpad.client;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import xyz.pushpad.client.notification.Notification;
import xyz.pushpad.client.notification.NotificationRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text outside ASCII must travel as UTF-8 whatever the default charset of the JVM. The build runs this class a second
 * time in a JVM started with {@code -Dfile.encoding=ISO-8859-1}.
 */
class UnicodeTests {

	private static final String TITLE = "Caf\u00e9 cr\u00e8me \u2013 \u6771\u4eac";

	private static final String BODY = "Na\u00efve r\u00e9sum\u00e9 \ud83d\ude80\ud83c\udf89 \u4f60\u597d \u00df";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(options().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true))
		.build();

	private final PushpadTemplate template = PushpadTemplate.builder()
		.authToken("test-token")
		.projectId(123L)
		.baseUrl(server.baseUrl())
		.build();

	@Test
	void requestBodyIsUtf8() {
		server.stubFor(post("/projects/123/notifications").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":1}")));

		this.template.createNotification(NotificationRequest.builder().title(TITLE).body(BODY).build());

		LoggedRequest request = server.findAll(postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock
			.urlEqualTo("/projects/123/notifications"))).get(0);
		String expected = "{\"body\":\"" + BODY + "\",\"title\":\"" + TITLE + "\"}";
		assertThat(request.getBody()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void responseBodyIsReadAsUtf8() {
		String json = "{\"id\":1,\"project_id\":123,\"title\":\"" + TITLE + "\",\"body\":\"" + BODY + "\"}";
		server.stubFor(get("/notifications/1").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(json.getBytes(StandardCharsets.UTF_8))));

		Notification notification = this.template.getNotification(1);

		assertThat(notification.title()).isEqualTo(TITLE);
		assertThat(notification.body()).isEqualTo(BODY);
	}

	@Test
	void reportsDefaultCharset() {
		// Recorded so that the report of the ISO-8859-1 run shows that the JVM really used that charset.
		System.out.println("UnicodeTests default charset: " + Charset.defaultCharset());
		assertThat(Charset.defaultCharset()).isNotNull();
	}

}
