package xyz.pushpad.boot.autoconfigure;

import java.util.HashSet;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import xyz.pushpad.client.PushpadNotFoundException;
import xyz.pushpad.client.PushpadOperations;
import xyz.pushpad.client.PushpadTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PushpadMetricsTests {

	private final WireMockServer server = new WireMockServer(
			options().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true));

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
				RestClientAutoConfiguration.class, RestClientObservationAutoConfiguration.class,
				PushpadAutoConfiguration.class));

	@BeforeEach
	void startServer() {
		this.server.start();
		this.server.stubFor(get(urlPathMatching("/api/v1/notifications/[0-9]+")).willReturn(okJson("{\"id\":1}")));
		this.server.stubFor(get(urlPathMatching("/api/v1/notifications/404[0-9]*"))
			.willReturn(aResponse().withStatus(404)));
		this.server.stubFor(get(urlPathMatching("/api/v1/projects/[0-9]+/notifications")).willReturn(okJson("[]")));
	}

	@AfterEach
	void stopServer() {
		this.server.stop();
	}

	@Test
	void meterCountStaysBoundedAcrossIds() {
		this.contextRunner
			.withPropertyValues("pushpad.auth-token=token-abc", "pushpad.project-id=1",
					"pushpad.base-url=http://127.0.0.1:" + this.server.port() + "/api/v1")
			.run((context) -> {
				PushpadTemplate template = context.getBean(PushpadTemplate.class);
				for (int i = 1; i <= 100; i++) {
					template.getNotification(i);
					PushpadOperations project = template.forProject(1000 + i);
					project.listNotifications(i);
					long missingId = Long.parseLong("404" + i);
					assertThatExceptionOfType(PushpadNotFoundException.class)
						.isThrownBy(() -> template.getNotification(missingId));
				}
				MeterRegistry registry = context.getBean(MeterRegistry.class);

				Set<Meter.Id> pushpadMeters = meterIds(registry, "pushpad.client.requests");
				int operations = 2;
				int outcomes = 2;
				assertThat(pushpadMeters).hasSizeLessThanOrEqualTo(operations * outcomes);
				assertThat(registry.get("pushpad.client.requests").timers().stream().mapToLong((t) -> t.count()).sum())
					.isEqualTo(300);
				assertNoIdInTags(pushpadMeters);

				Set<String> uris = new HashSet<>();
				for (Meter.Id id : meterIds(registry, "http.client.requests")) {
					uris.add(id.getTag("uri"));
				}
				assertThat(uris).containsExactlyInAnyOrder("/api/v1/notifications/{notificationId}",
						"/api/v1/projects/{projectId}/notifications");
			});
	}

	@Test
	void timerTagsDescribeOperation() {
		this.contextRunner
			.withPropertyValues("pushpad.auth-token=token-abc",
					"pushpad.base-url=http://127.0.0.1:" + this.server.port() + "/api/v1")
			.run((context) -> {
				context.getBean(PushpadTemplate.class).getNotification(5);
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("pushpad.client.requests")
					.tag("operation", "notifications.get")
					.tag("outcome", "SUCCESS")
					.tag("status", "200")
					.tag("exception", "none")
					.timer()
					.count()).isEqualTo(1);
			});
	}

	private static Set<Meter.Id> meterIds(MeterRegistry registry, String name) {
		Set<Meter.Id> ids = new HashSet<>();
		for (Meter meter : registry.find(name).meters()) {
			ids.add(meter.getId());
		}
		return ids;
	}

	private static void assertNoIdInTags(Set<Meter.Id> ids) {
		for (Meter.Id id : ids) {
			for (Tag tag : id.getTags()) {
				assertThat(tag.getKey()).isIn("operation", "outcome", "status", "exception", "error");
				assertThat(tag.getValue()).doesNotMatch(".*\\d{4,}.*");
			}
		}
	}

}
