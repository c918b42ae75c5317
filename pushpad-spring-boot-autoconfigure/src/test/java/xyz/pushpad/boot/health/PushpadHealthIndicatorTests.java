package xyz.pushpad.boot.health;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import xyz.pushpad.client.PushpadRetrySettings;
import xyz.pushpad.client.PushpadTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

class PushpadHealthIndicatorTests {

	private static final String TOKEN = "token-6627820dab00a197";

	private static final String PROBE_PATH = "/api/v1/projects/42/subscriptions";

	private final WireMockServer server = new WireMockServer(
			options().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true));

	private final AtomicLong nanoTime = new AtomicLong();

	@BeforeEach
	void startServer() {
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.stop();
	}

	private PushpadTemplate template(Long projectId) {
		return PushpadTemplate.builder()
			.authToken(TOKEN)
			.projectId(projectId)
			.baseUrl("http://127.0.0.1:" + this.server.port() + "/api/v1")
			.build();
	}

	private PushpadHealthIndicator indicator(PushpadTemplate template, Duration timeout) {
		return new PushpadHealthIndicator(template, timeout, Duration.ofSeconds(30), this.nanoTime::get);
	}

	private Health check(int status) {
		this.server.stubFor(get(urlPathEqualTo(PROBE_PATH)).willReturn(aResponse().withStatus(status)
			.withBody("{\"error\":\"echo " + TOKEN + "\"}")));
		return indicator(template(42L), Duration.ofSeconds(5)).health();
	}

	@Test
	void workingProjectIsUp() {
		this.server.stubFor(get(urlPathEqualTo(PROBE_PATH)).willReturn(okJson("[]").withHeader("X-Total-Count", "3")));

		Health health = indicator(template(42L), Duration.ofSeconds(5)).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).isEmpty();
	}

	@Test
	void invalidTokenIsDown() {
		Health health = check(401);

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("status", 401);
		assertThat(health.getDetails().get("error").toString()).contains("401").contains("pushpad.auth-token");
		assertThat(health.toString()).doesNotContain(TOKEN);
	}

	@Test
	void forbiddenProjectIsDown() {
		Health health = check(403);

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("error").toString()).contains("403").contains("pushpad.project-id");
		assertThat(health.toString()).doesNotContain(TOKEN);
	}

	@Test
	void unknownProjectIsDown() {
		Health health = check(404);

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("status", 404);
		assertThat(health.getDetails().get("error").toString()).contains("404").contains("pushpad.project-id");
		assertThat(health.toString()).doesNotContain(TOKEN);
	}

	@Test
	void serverErrorIsDown() {
		Health health = check(503);

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("status", 503);
		assertThat(health.toString()).doesNotContain(TOKEN);
	}

	@Test
	void unreachableHostIsDown() {
		PushpadTemplate template = template(42L);
		this.server.stop();

		Health health = indicator(template, Duration.ofSeconds(5)).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("error").toString()).contains("unreachable").contains("pushpad.base-url");
		assertThat(health.getDetails()).containsKey("exception");
		assertThat(health.toString()).doesNotContain(TOKEN);
	}

	@Test
	void brokenConnectionIsNotCalledUnreachable() {
		this.server.stubFor(get(urlPathEqualTo(PROBE_PATH))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		Health health = indicator(template(42L).withRetry(PushpadRetrySettings.disabled()), Duration.ofSeconds(5))
			.health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("error").toString()).startsWith("The connection to Pushpad broke")
			.doesNotContain("unreachable");
		assertThat(health.toString()).doesNotContain(TOKEN);
	}

	@Test
	void slowServerTimesOut() {
		this.server.stubFor(get(urlPathEqualTo(PROBE_PATH))
			.willReturn(okJson("[]").withHeader("X-Total-Count", "3").withFixedDelay(3000)));
		PushpadHealthIndicator indicator = indicator(template(42L), Duration.ofMillis(200));

		long start = System.nanoTime();
		Health health = indicator.health();
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("error").toString()).contains("200 ms").contains("pushpad.health.timeout");
		assertThat(elapsed).isLessThan(Duration.ofMillis(1500));
		indicator.destroy();
	}

	@Test
	void missingProjectIsUnknown() {
		Health health = indicator(template(null), Duration.ofSeconds(5)).health();

		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails().get("error").toString()).contains("pushpad.project-id");
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void resultIsCachedForTimeToLive() {
		this.server.stubFor(get(urlPathEqualTo(PROBE_PATH)).willReturn(okJson("[]").withHeader("X-Total-Count", "3")));
		PushpadHealthIndicator indicator = indicator(template(42L), Duration.ofSeconds(5));

		for (int i = 0; i < 50; i++) {
			assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		}
		this.server.verify(1, getRequestedFor(urlPathEqualTo(PROBE_PATH)));

		this.nanoTime.addAndGet(Duration.ofSeconds(31).toNanos());
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		this.server.verify(2, getRequestedFor(urlPathEqualTo(PROBE_PATH)));
	}

	@Test
	void lateProbeResultReplacesTimeout() throws InterruptedException {
		this.server.stubFor(get(urlPathEqualTo(PROBE_PATH))
			.willReturn(okJson("[]").withHeader("X-Total-Count", "3").withFixedDelay(500)));
		PushpadHealthIndicator indicator = indicator(template(42L), Duration.ofMillis(100));

		assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
		Thread.sleep(1000);

		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		this.server.verify(1, getRequestedFor(urlPathEqualTo(PROBE_PATH)));
	}

}
