package xyz.pushpad.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

import xyz.pushpad.client.notification.NotificationRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Faults of the server or the network: each must end in the matching {@link PushpadException} with a clear message,
 * within the read timeout, and never as a raw I/O or Jackson exception.
 */
@Timeout(20)
class FaultTests {

	private static final Duration READ_TIMEOUT = Duration.ofMillis(800);

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(options().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true))
		.build();

	private PushpadTemplate template;

	@BeforeEach
	void createTemplate() {
		this.template = templateFor(server.baseUrl() + "/api/v1");
	}

	private static PushpadTemplate templateFor(String baseUrl) {
		return PushpadTemplate.builder()
			.authToken("test-token")
			.projectId(123L)
			.baseUrl(baseUrl)
			.connectTimeout(Duration.ofSeconds(2))
			.readTimeout(READ_TIMEOUT)
			.retry(PushpadRetrySettings.disabled())
			.build();
	}

	@ParameterizedTest
	@EnumSource(value = Fault.class, names = { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK",
			"RANDOM_DATA_THEN_CLOSE" })
	void brokenConnectionGivesConnectionException(Fault fault) {
		server.stubFor(get("/api/v1/notifications/7").willReturn(aResponse().withFault(fault)));

		PushpadConnectionException ex = assertThatExceptionOfType(PushpadConnectionException.class)
			.isThrownBy(() -> this.template.getNotification(7))
			.actual();

		assertThat(ex.getMessage()).startsWith("GET /notifications/{notificationId} failed because the connection "
				+ "broke before a complete response arrived: ");
		assertThat(ex.getMessage()).endsWith("; Pushpad may have processed the request");
		assertThat(ex.mayHaveReachedServer()).isTrue();
	}

	@Test
	void refusedConnectionGivesConnectionException() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		PushpadTemplate refused = templateFor("http://127.0.0.1:" + closedPort + "/api/v1");

		PushpadConnectionException ex = assertThatExceptionOfType(PushpadConnectionException.class)
			.isThrownBy(() -> refused.getNotification(7))
			.actual();

		assertThat(ex.getMessage()).startsWith("GET /notifications/{notificationId} failed because the connection "
				+ "could not be opened, so the request was not sent: ConnectException");
		assertThat(ex.mayHaveReachedServer()).isFalse();
	}

	@Test
	void silentServerTimesOutWithinReadTimeout() throws IOException {
		List<Socket> accepted = new ArrayList<>();
		try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
			Thread acceptor = new Thread(() -> acceptUntilClosed(silent, accepted), "silent-server");
			acceptor.start();
			PushpadTemplate template = templateFor("http://127.0.0.1:" + silent.getLocalPort() + "/api/v1");
			long start = System.nanoTime();

			PushpadTimeoutException ex = assertThatExceptionOfType(PushpadTimeoutException.class)
				.isThrownBy(() -> template.getNotification(7))
				.actual();

			Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
			assertThat(elapsed).isLessThan(READ_TIMEOUT.plusSeconds(2));
			assertThat(ex.getMessage())
				.startsWith("GET /notifications/{notificationId} timed out waiting for the response: ");
			assertThat(ex.mayHaveReachedServer()).isTrue();
		}
		finally {
			for (Socket socket : accepted) {
				socket.close();
			}
		}
	}

	/**
	 * HttpURLConnection reads the status code of a response that is not HTTP as -1, and Spring's observation of the
	 * exchange reads it again when it stops, so the test runs with and without that observation.
	 */
	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void invalidStatusLineGivesConnectionException(boolean observed) throws IOException {
		try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
			Thread responder = new Thread(() -> answerOnce(server, "NOT HTTP AT ALL\r\n\r\n"), "garbage-server");
			responder.start();
			TestObservationRegistry registry = TestObservationRegistry.create();
			PushpadTemplate template = PushpadTemplate.builder()
				.authToken("test-token")
				.baseUrl("http://127.0.0.1:" + server.getLocalPort() + "/api/v1")
				.requestFactory(new SimpleClientHttpRequestFactory())
				.restClientCustomizer((builder) -> builder
					.observationRegistry(observed ? registry : ObservationRegistry.NOOP))
				.readTimeout(READ_TIMEOUT)
				.retry(PushpadRetrySettings.disabled())
				.build();

			PushpadConnectionException ex = assertThatExceptionOfType(PushpadConnectionException.class)
				.isThrownBy(() -> template.getNotification(7))
				.actual();

			assertThat(ex.getMessage()).startsWith("GET /notifications/{notificationId} failed because the connection "
					+ "broke before a complete response arrived: ProtocolException: ");
			assertThat(ex.mayHaveReachedServer()).isTrue();
		}
	}

	private static void answerOnce(ServerSocket server, String response) {
		try (Socket socket = server.accept()) {
			byte[] buffer = new byte[8192];
			socket.getInputStream().read(buffer);
			socket.getOutputStream().write(response.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
		}
		catch (IOException ex) {
			// The test fails on the client side if the exchange did not happen.
		}
	}

	private static void acceptUntilClosed(ServerSocket server, List<Socket> accepted) {
		for (int i = 0; i < 10 && !server.isClosed(); i++) {
			try {
				accepted.add(server.accept());
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	@Test
	void slowBodyTimesOut() {
		server.stubFor(get("/api/v1/notifications/7").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":7,\"project_id\":123,\"title\":\"t\",\"body\":\"" + "x".repeat(200) + "\"}")
			.withChunkedDribbleDelay(20, 5000)));
		long start = System.nanoTime();

		PushpadTimeoutException ex = assertThatExceptionOfType(PushpadTimeoutException.class)
			.isThrownBy(() -> this.template.getNotification(7))
			.actual();

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(READ_TIMEOUT.plusSeconds(2));
		assertThat(ex.getMessage())
			.startsWith("GET /notifications/{notificationId} timed out waiting for the response: ");
	}

	@Test
	void slowBodyTimesOutWithHttpComponents() {
		HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory();
		factory.setReadTimeout(READ_TIMEOUT);
		PushpadTemplate httpComponents = PushpadTemplate.builder()
			.authToken("test-token")
			.baseUrl(server.baseUrl() + "/api/v1")
			.requestFactory(factory)
			.readTimeout(READ_TIMEOUT)
			.retry(PushpadRetrySettings.disabled())
			.build();
		server.stubFor(get("/api/v1/notifications/7").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":7,\"project_id\":123,\"title\":\"t\",\"body\":\"" + "x".repeat(200) + "\"}")
			.withChunkedDribbleDelay(40, 8000)));
		long start = System.nanoTime();

		PushpadTimeoutException ex = assertThatExceptionOfType(PushpadTimeoutException.class)
			.isThrownBy(() -> httpComponents.getNotification(7))
			.actual();

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(READ_TIMEOUT.multipliedBy(2).plusSeconds(1));
		assertThat(ex.getMessage()).startsWith(
				"GET /notifications/{notificationId} timed out waiting for the response: the body was still incomplete");
		assertThat(ex.mayHaveReachedServer()).isTrue();
	}

	@Test
	void htmlErrorPageGivesServerException() {
		String page = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>"
				+ "<h1>Bad Gateway</h1>" + "<p>nginx</p>".repeat(100) + "</body></html>";
		server.stubFor(get("/api/v1/notifications/7").willReturn(aResponse().withStatus(502)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody(page)));

		PushpadServerException ex = assertThatExceptionOfType(PushpadServerException.class)
			.isThrownBy(() -> this.template.getNotification(7))
			.actual();

		assertThat(ex.getStatusCode()).isEqualTo(502);
		assertThat(ex.getMessage())
			.isEqualTo("GET /api/v1/notifications/7 failed with 502 Bad Gateway: HTML page \"502 Bad Gateway\" ("
					+ page.length() + " bytes)");
		assertThat(ex.getResponseBodyAsString()).isEqualTo(page);
	}

	@Test
	void nonJsonSuccessBodyGivesClientException() {
		server.stubFor(get("/api/v1/notifications/7").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/plain")
			.withBody("maintenance until 10:00")));

		PushpadClientException ex = assertThatExceptionOfType(PushpadClientException.class)
			.isThrownBy(() -> this.template.getNotification(7))
			.actual();

		assertThat(ex).isExactlyInstanceOf(PushpadClientException.class);
		assertThat(ex.getMessage()).isEqualTo(
				"Could not parse the response of GET /api/v1/notifications/7 as JSON Notification: maintenance until 10:00");
	}

	@Test
	void noContentWithoutContentTypeCompletesCancel() {
		server.stubFor(delete("/api/v1/notifications/7/cancel").willReturn(aResponse().withStatus(204)));

		this.template.cancelNotification(7);

		assertThat(server.findAll(deleteRequestedFor(urlEqualTo("/api/v1/notifications/7/cancel")))).hasSize(1);
	}

	@Test
	void noContentWhereJsonExpectedGivesClientException() {
		server.stubFor(get("/api/v1/notifications/7").willReturn(aResponse().withStatus(204)));

		PushpadClientException ex = assertThatExceptionOfType(PushpadClientException.class)
			.isThrownBy(() -> this.template.getNotification(7))
			.actual();

		assertThat(ex.getMessage())
			.isEqualTo("GET /api/v1/notifications/7 returned an empty body where a JSON Notification was expected");
	}

	@Test
	void brokenConnectionOnCreateIsNotRetried() {
		server.stubFor(post("/api/v1/projects/123/notifications")
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		PushpadTemplate retrying = PushpadTemplate.builder()
			.authToken("test-token")
			.projectId(123L)
			.baseUrl(server.baseUrl() + "/api/v1")
			.retry(PushpadRetrySettings.defaults().withInitialDelay(Duration.ofMillis(10)))
			.build();

		assertThatExceptionOfType(PushpadConnectionException.class)
			.isThrownBy(() -> retrying.createNotification(NotificationRequest.of("Hello")));

		assertThat(server.findAll(postRequestedFor(urlEqualTo("/api/v1/projects/123/notifications")))).hasSize(1);
	}

}
