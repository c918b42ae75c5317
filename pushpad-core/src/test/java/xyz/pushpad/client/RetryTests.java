package xyz.pushpad.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import xyz.pushpad.client.notification.NotificationRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Which failures each kind of operation retries, and how long it waits.
 */
@Timeout(30)
class RetryTests {

	private static final String NOTIFICATION = "{\"id\":7,\"project_id\":123,\"title\":\"t\",\"body\":\"b\"}";

	private static final String CREATED = "{\"id\":8,\"scheduled\":1}";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(options().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true))
		.build();

	private final List<String> retries = new CopyOnWriteArrayList<>();

	private PushpadTemplate template(String baseUrl, PushpadRetrySettings settings) {
		return PushpadTemplate.builder()
			.authToken("test-token")
			.projectId(123L)
			.baseUrl(baseUrl)
			.retry(settings)
			.retryListener((operation, attempt, delay, failure) -> this.retries
				.add(operation + " attempt " + attempt + " after " + failure.getClass().getSimpleName()))
			.build();
	}

	private PushpadTemplate template() {
		return template(server.baseUrl(), PushpadRetrySettings.defaults().withInitialDelay(Duration.ofMillis(10)));
	}

	/**
	 * Stubs a first response and then a second one for every later request.
	 */
	private static void stubFailureThenSuccess(MappingBuilder request, ResponseDefinitionBuilder failure,
			MappingBuilder sameRequest, ResponseDefinitionBuilder success) {
		server.stubFor(request.inScenario("retry")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(failure)
			.willSetStateTo("failed once"));
		server.stubFor(sameRequest.inScenario("retry").whenScenarioStateIs("failed once").willReturn(success));
	}

	@Test
	void getIsRetriedAfterServiceUnavailable() {
		stubFailureThenSuccess(get("/notifications/7"), aResponse().withStatus(503), get("/notifications/7"),
				okJson(NOTIFICATION));

		assertThat(template().getNotification(7).id()).isEqualTo(7);

		assertThat(server.getAllServeEvents()).hasSize(2);
		assertThat(this.retries).containsExactly("notifications.get attempt 2 after PushpadServerException");
	}

	@Test
	void getIsRetriedAfterConnectionReset() {
		// The JDK HttpClient itself resends a GET once after a reset, so two resets are needed to reach the template.
		server.stubFor(get("/notifications/7").inScenario("reset")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
			.willSetStateTo("reset once"));
		server.stubFor(get("/notifications/7").inScenario("reset")
			.whenScenarioStateIs("reset once")
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
			.willSetStateTo("reset twice"));
		server.stubFor(get("/notifications/7").inScenario("reset")
			.whenScenarioStateIs("reset twice")
			.willReturn(okJson(NOTIFICATION)));

		assertThat(template().getNotification(7).id()).isEqualTo(7);

		assertThat(server.getAllServeEvents()).hasSize(3);
		assertThat(this.retries).containsExactly("notifications.get attempt 2 after PushpadConnectionException");
	}

	@Test
	void getStopsAfterMaxAttempts() {
		server.stubFor(get("/notifications/7").willReturn(aResponse().withStatus(502)));

		PushpadServerException ex = assertThatExceptionOfType(PushpadServerException.class)
			.isThrownBy(() -> template().getNotification(7))
			.actual();

		assertThat(server.getAllServeEvents()).hasSize(3);
		assertThat(ex.getSuppressed()).hasSize(2);
		assertThat(this.retries).hasSize(2);
	}

	@Test
	void withRetryViewUsesItsOwnSettings() {
		server.stubFor(get("/notifications/7").willReturn(aResponse().withStatus(502)));
		PushpadTemplate template = template();
		PushpadTemplate once = template.withRetry(PushpadRetrySettings.disabled()).forProject(5);

		assertThatExceptionOfType(PushpadServerException.class).isThrownBy(() -> once.getNotification(7));

		assertThat(server.getAllServeEvents()).hasSize(1);
		assertThat(once.getRetrySettings()).isEqualTo(PushpadRetrySettings.disabled());
		assertThat(once.getProjectId()).isEqualTo(5L);
		assertThat(template.getRetrySettings().maxAttempts()).isEqualTo(3);
		assertThatExceptionOfType(PushpadServerException.class).isThrownBy(() -> template.getNotification(7));
		assertThat(server.getAllServeEvents()).hasSize(4);
	}

	@Test
	void withRetryRejectsNullSettings() {
		assertThatExceptionOfType(PushpadValidationException.class).isThrownBy(() -> template().withRetry(null))
			.withMessageContaining("retrySettings");
	}

	@Test
	void getIsNotRetriedAfterNotFound() {
		server.stubFor(get("/notifications/7").willReturn(aResponse().withStatus(404)));

		assertThatExceptionOfType(PushpadNotFoundException.class).isThrownBy(() -> template().getNotification(7));

		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void createIsNotRetriedAfterServiceUnavailable() {
		server.stubFor(post("/projects/123/notifications").willReturn(aResponse().withStatus(503)));

		assertThatExceptionOfType(PushpadServerException.class)
			.isThrownBy(() -> template().createNotification(NotificationRequest.of("Hello")));

		assertThat(server.getAllServeEvents()).hasSize(1);
		assertThat(this.retries).isEmpty();
	}

	@Test
	void createIsRetriedAfterRateLimitWithRetryAfter() {
		stubFailureThenSuccess(post("/projects/123/notifications"),
				aResponse().withStatus(429).withHeader("Retry-After", "1"), post("/projects/123/notifications"),
				aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(CREATED));
		long start = System.nanoTime();

		assertThat(template().createNotification(NotificationRequest.of("Hello")).id()).isEqualTo(8);

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(server.getAllServeEvents()).hasSize(2);
		assertThat(this.retries).containsExactly("notifications.create attempt 2 after PushpadRateLimitException");
	}

	@Test
	void retryAfterAboveCapFailsAtOnce() {
		server.stubFor(get("/notifications/7").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "120")));

		assertThatExceptionOfType(PushpadServerException.class).isThrownBy(() -> template().getNotification(7));

		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void createIsRetriedWhenConnectionRefused() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		PushpadTemplate refused = template("http://127.0.0.1:" + closedPort,
				PushpadRetrySettings.defaults().withInitialDelay(Duration.ofMillis(10)));

		PushpadConnectionException ex = assertThatExceptionOfType(PushpadConnectionException.class)
			.isThrownBy(() -> refused.createNotification(NotificationRequest.of("Hello")))
			.actual();

		assertThat(ex.mayHaveReachedServer()).isFalse();
		assertThat(this.retries).containsExactly("notifications.create attempt 2 after PushpadConnectionException",
				"notifications.create attempt 3 after PushpadConnectionException");
	}

	@Test
	void maxTotalTimeStopsRetries() {
		server.stubFor(get("/notifications/7").willReturn(aResponse().withStatus(503)));
		PushpadRetrySettings settings = PushpadRetrySettings.defaults()
			.withMaxAttempts(100)
			.withInitialDelay(Duration.ofMillis(200))
			.withMultiplier(1.0)
			.withMaxTotalTime(Duration.ofMillis(700));
		long start = System.nanoTime();

		assertThatExceptionOfType(PushpadServerException.class)
			.isThrownBy(() -> template(server.baseUrl(), settings).getNotification(7));

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
		assertThat(server.getAllServeEvents().size()).isBetween(2, 5);
	}

	@Test
	void disabledRetriesSendOnce() {
		server.stubFor(get("/notifications/7").willReturn(aResponse().withStatus(503)));

		assertThatExceptionOfType(PushpadServerException.class)
			.isThrownBy(() -> template(server.baseUrl(), PushpadRetrySettings.disabled()).getNotification(7));

		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void retryAfterParsesSecondsAndHttpDate() {
		Instant now = Instant.parse("2026-01-01T10:00:00Z");

		assertThat(PushpadApiException.parseRetryAfter("7", now)).contains(Duration.ofSeconds(7));
		assertThat(PushpadApiException.parseRetryAfter("Thu, 01 Jan 2026 10:00:30 GMT", now))
			.contains(Duration.ofSeconds(30));
		assertThat(PushpadApiException.parseRetryAfter("Thu, 01 Jan 2026 09:00:00 GMT", now)).contains(Duration.ZERO);
		assertThat(PushpadApiException.parseRetryAfter("soon", now)).isEmpty();
		assertThat(PushpadApiException.parseRetryAfter(null, now)).isEmpty();
	}

}
