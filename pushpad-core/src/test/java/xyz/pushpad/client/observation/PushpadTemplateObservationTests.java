package xyz.pushpad.client.observation;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import xyz.pushpad.client.PushpadNotFoundException;
import xyz.pushpad.client.PushpadRetrySettings;
import xyz.pushpad.client.PushpadTemplate;
import xyz.pushpad.client.notification.NotificationRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PushpadTemplateObservationTests {

	private final WireMockServer server = new WireMockServer(
			options().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true));

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private PushpadTemplate template;

	@BeforeEach
	void startServer() {
		this.server.start();
		this.template = PushpadTemplate.builder()
			.authToken("secret-token")
			.projectId(42L)
			.baseUrl("http://127.0.0.1:" + this.server.port() + "/api/v1")
			.observationRegistry(this.registry)
			.restClientCustomizer((builder) -> builder.observationRegistry(this.registry))
			.build();
	}

	@AfterEach
	void stopServer() {
		this.server.stop();
	}

	@Test
	void successfulOperationIsObserved() {
		this.server.stubFor(post(urlPathMatching("/api/v1/projects/42/notifications"))
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"id\":7,\"scheduled\":3}")));

		this.template.createNotification(NotificationRequest.of("Hello"));

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("pushpad.client.requests")
			.that()
			.hasContextualNameEqualTo("pushpad notifications.create")
			.hasLowCardinalityKeyValue("operation", "notifications.create")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("status", "201")
			.hasLowCardinalityKeyValue("exception", "none")
			.hasHighCardinalityKeyValue("pushpad.project.id", "42")
			.hasBeenStarted()
			.hasBeenStopped();
	}

	@Test
	void failedOperationRecordsStatusAndException() {
		this.server.stubFor(get(urlPathMatching("/api/v1/notifications/.*")).willReturn(aResponse().withStatus(404)));

		assertThatExceptionOfType(PushpadNotFoundException.class).isThrownBy(() -> this.template.getNotification(5));

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("pushpad.client.requests")
			.that()
			.hasLowCardinalityKeyValue("operation", "notifications.get")
			.hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
			.hasLowCardinalityKeyValue("status", "404")
			.hasLowCardinalityKeyValue("exception", "PushpadNotFoundException")
			.doesNotHaveHighCardinalityKeyValueWithKey("pushpad.project.id")
			.hasError();
	}

	@Test
	void unreachableServerHasUnknownOutcome() {
		this.server.stop();

		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> this.template.getNotification(5));

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("pushpad.client.requests")
			.that()
			.hasLowCardinalityKeyValue("outcome", "UNKNOWN")
			.hasLowCardinalityKeyValue("status", "NONE")
			.hasLowCardinalityKeyValue("exception", "PushpadConnectionException");
	}

	@Test
	void retriesAreEventsOfOneObservation() {
		this.server.stubFor(get(urlEqualTo("/api/v1/notifications/5")).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));
		this.server.stubFor(get(urlEqualTo("/api/v1/notifications/5")).inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson("{\"id\":5,\"project_id\":42,\"body\":\"x\"}")));
		PushpadTemplate retrying = PushpadTemplate.builder()
			.authToken("secret-token")
			.baseUrl("http://127.0.0.1:" + this.server.port() + "/api/v1")
			.observationRegistry(this.registry)
			.retry(PushpadRetrySettings.defaults().withInitialDelay(Duration.ofMillis(1)))
			.build();

		retrying.getNotification(5);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo("pushpad.client.requests", 1)
			.hasObservationWithNameEqualTo("pushpad.client.requests")
			.that()
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("status", "200")
			.hasEvent("retry")
			.satisfies((context) -> assertThat(((PushpadObservationContext) context).getRetryCount()).isEqualTo(1));
	}

	@Test
	void httpClientObservationIsNestedWithUriTemplate() {
		this.server.stubFor(get(urlEqualTo("/api/v1/projects/42/notifications?page=3")).willReturn(okJson("[]")));

		this.template.listNotifications(3);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("http.client.requests")
			.that()
			.hasParentObservationContextMatching((parent) -> parent instanceof PushpadObservationContext)
			.hasLowCardinalityKeyValue("uri", "/api/v1/projects/{projectId}/notifications");
	}

	@Test
	void projectIdComesFromRequest() {
		this.server.stubFor(get(urlEqualTo("/api/v1/projects/77")).willReturn(okJson("{\"id\":77}")));

		this.template.getProject(77);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("pushpad.client.requests")
			.that()
			.hasLowCardinalityKeyValue("operation", "projects.get")
			.hasHighCardinalityKeyValue("pushpad.project.id", "77");
	}

	@Test
	void countQueryKeepsUriTemplate() {
		this.server.stubFor(get(urlPathMatching("/api/v1/projects/42/subscriptions"))
			.willReturn(okJson("[]").withHeader("X-Total-Count", "5")));

		this.template.countSubscriptions();

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("http.client.requests")
			.that()
			.hasLowCardinalityKeyValue("uri", "/api/v1/projects/{projectId}/subscriptions");
	}

	@Test
	void customConventionReplacesName() {
		PushpadTemplate custom = PushpadTemplate.builder()
			.authToken("secret-token")
			.baseUrl("http://127.0.0.1:" + this.server.port() + "/api/v1")
			.observationRegistry(this.registry)
			.observationConvention(new DefaultPushpadObservationConvention("custom.pushpad") {

				@Override
				public io.micrometer.common.KeyValues getLowCardinalityKeyValues(PushpadObservationContext context) {
					return super.getLowCardinalityKeyValues(context).and(KeyValue.of("region", "eu"));
				}

			})
			.build();
		this.server.stubFor(get(urlPathMatching("/api/v1/notifications/9")).willReturn(okJson("{\"id\":9}")));

		custom.getNotification(9);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("custom.pushpad")
			.that()
			.hasLowCardinalityKeyValue("region", "eu");
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo("pushpad.client.requests", 0);
	}

}
