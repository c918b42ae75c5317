package xyz.pushpad.boot.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.client.RestClient;

import xyz.pushpad.client.PushpadOperations;
import xyz.pushpad.client.PushpadTemplate;
import xyz.pushpad.client.PushpadTimeoutException;
import xyz.pushpad.client.notification.Notification;
import xyz.pushpad.client.observation.DefaultPushpadObservationConvention;
import xyz.pushpad.client.observation.PushpadObservationConvention;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;

class PushpadAutoConfigurationTests {

	private static final String TOKEN = "token-5374d7dfeffa2eb4";

	private final WireMockServer server = new WireMockServer(
			options().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true));

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PushpadAutoConfiguration.class));

	@BeforeEach
	void startServer() {
		this.server.start();
		this.server.stubFor(get(urlEqualTo("/api/v1/notifications/7")).willReturn(okJson("{\"id\":7,\"body\":\"Hi\"}")));
	}

	@AfterEach
	void stopServer() {
		this.server.stop();
	}

	private String baseUrl() {
		return "http://127.0.0.1:" + this.server.port() + "/api/v1";
	}

	@Test
	void runWithoutTokenCreatesNoTemplate() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(PushpadOperations.class);
			assertThat(context).doesNotHaveBean(PushpadConnectionDetails.class);
		});
	}

	@Test
	void runWithTokenCreatesTemplate() {
		this.contextRunner.withPropertyValues("pushpad.auth-token=" + TOKEN).run((context) -> {
			assertThat(context).hasSingleBean(PushpadTemplate.class);
			assertThat(context.getBean(PushpadTemplate.class).getBaseUrl()).isEqualTo(PushpadTemplate.DEFAULT_BASE_URL);
			assertThat(context.getBean(PushpadTemplate.class).getProjectId()).isNull();
		});
	}

	@Test
	void userDefinedOperationsBacksOff() {
		PushpadOperations own = mock(PushpadOperations.class);
		this.contextRunner.withPropertyValues("pushpad.auth-token=" + TOKEN)
			.withBean(PushpadOperations.class, () -> own)
			.run((context) -> {
				assertThat(context).hasSingleBean(PushpadOperations.class);
				assertThat(context).doesNotHaveBean(PushpadTemplate.class);
				assertThat(context.getBean(PushpadOperations.class)).isSameAs(own);
				assertThat(context.getBeanFactory().containsSingleton("pushpadRequestFactory")).isFalse();
			});
	}

	@Test
	void httpClientBuiltOnFirstRequest() {
		CountingFactoryBuilder builder = new CountingFactoryBuilder();
		this.contextRunner.withPropertyValues("pushpad.auth-token=" + TOKEN, "pushpad.base-url=" + baseUrl())
			.withBean(ClientHttpRequestFactoryBuilder.class, () -> builder)
			.run((context) -> {
				assertThat(context).hasSingleBean(PushpadTemplate.class);
				assertThat(builder.built).isZero();
				PushpadTemplate template = context.getBean(PushpadTemplate.class);
				template.getNotification(7);
				template.getNotification(7);
				assertThat(builder.built).isOne();
				assertThat(builder.factory.destroyed).isFalse();
			});
		assertThat(builder.factory.destroyed).isTrue();
	}

	@Test
	void unusedContextBuildsNoHttpClient() {
		CountingFactoryBuilder builder = new CountingFactoryBuilder();
		this.contextRunner.withPropertyValues("pushpad.auth-token=" + TOKEN)
			.withBean(ClientHttpRequestFactoryBuilder.class, () -> builder)
			.run((context) -> assertThat(context).hasSingleBean(PushpadTemplate.class));
		assertThat(builder.built).isZero();
	}

	@Test
	void templateFailsAfterContextClose() {
		CountingFactoryBuilder builder = new CountingFactoryBuilder();
		PushpadTemplate[] template = new PushpadTemplate[1];
		this.contextRunner.withPropertyValues("pushpad.auth-token=" + TOKEN, "pushpad.base-url=" + baseUrl())
			.withBean(ClientHttpRequestFactoryBuilder.class, () -> builder)
			.run((context) -> template[0] = context.getBean(PushpadTemplate.class));
		assertThatIllegalStateException().isThrownBy(() -> template[0].getNotification(7))
			.withMessageContaining("closed with its application context");
		assertThat(builder.built).isZero();
		this.server.verify(0, getRequestedFor(urlEqualTo("/api/v1/notifications/7")));
	}

	@Test
	void propertiesAreBound() {
		this.contextRunner
			.withPropertyValues("pushpad.auth-token=" + TOKEN, "pushpad.project-id=123",
					"pushpad.base-url=http://127.0.0.1:9/api/v1", "pushpad.connect-timeout=750ms",
					"pushpad.read-timeout=3s", "pushpad.health.timeout=1s", "pushpad.health.cache-time-to-live=1m")
			.run((context) -> {
				PushpadTemplate template = context.getBean(PushpadTemplate.class);
				assertThat(template.getBaseUrl()).isEqualTo("http://127.0.0.1:9/api/v1");
				assertThat(template.getProjectId()).isEqualTo(123L);
				PushpadProperties properties = context.getBean(PushpadProperties.class);
				assertThat(properties.connectTimeout()).isEqualTo(Duration.ofMillis(750));
				assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(properties.health().timeout()).isEqualTo(Duration.ofSeconds(1));
				assertThat(properties.health().cacheTimeToLive()).isEqualTo(Duration.ofMinutes(1));
			});
	}

	@Test
	void propertyDefaultsApply() {
		this.contextRunner.withPropertyValues("pushpad.auth-token=" + TOKEN).run((context) -> {
			PushpadProperties properties = context.getBean(PushpadProperties.class);
			assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
			assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(30));
			assertThat(properties.health().timeout()).isEqualTo(Duration.ofSeconds(2));
			assertThat(properties.health().cacheTimeToLive()).isEqualTo(Duration.ofSeconds(30));
		});
	}

	@Test
	void readTimeoutAppliesToRequests() {
		this.server.stubFor(get(urlEqualTo("/api/v1/notifications/8"))
			.willReturn(okJson("{\"id\":8}").withFixedDelay(2000)));
		this.contextRunner
			.withPropertyValues("pushpad.auth-token=" + TOKEN, "pushpad.base-url=" + baseUrl(),
					"pushpad.read-timeout=200ms")
			.run((context) -> {
				PushpadTemplate template = context.getBean(PushpadTemplate.class);
				long start = System.nanoTime();
				assertThatExceptionOfType(PushpadTimeoutException.class).isThrownBy(() -> template.getNotification(8));
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
			});
	}

	@Test
	void timeoutsApplyToRequestFactory() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class))
			.withPropertyValues("pushpad.auth-token=" + TOKEN, "spring.http.clients.imperative.factory=simple",
					"pushpad.connect-timeout=750ms", "pushpad.read-timeout=3s")
			.run((context) -> {
				ClientHttpRequestFactory factory = context.getBean(LazyRequestFactory.class).get();
				assertThat(factory).isInstanceOf(SimpleClientHttpRequestFactory.class);
				assertThat(ReflectionTestUtils.getField(factory, "connectTimeout")).isEqualTo(750);
				assertThat(ReflectionTestUtils.getField(factory, "readTimeout")).isEqualTo(3000);
			});
	}

	@Test
	void factoryChoiceIsHonoured() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class))
			.withPropertyValues("pushpad.auth-token=" + TOKEN, "spring.http.clients.imperative.factory=jdk")
			.run((context) -> assertThat(context.getBean(LazyRequestFactory.class).get())
				.isInstanceOf(JdkClientHttpRequestFactory.class));
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class))
			.withPropertyValues("pushpad.auth-token=" + TOKEN, "spring.http.clients.imperative.factory=simple")
			.run((context) -> assertThat(context.getBean(LazyRequestFactory.class).get())
				.isInstanceOf(SimpleClientHttpRequestFactory.class));
	}

	@Test
	void restClientCustomizerIsApplied() {
		this.contextRunner.withPropertyValues("pushpad.auth-token=" + TOKEN, "pushpad.base-url=" + baseUrl())
			.withBean(RestClientCustomizer.class,
					() -> (builder) -> builder.defaultHeader("X-Customized", "yes"))
			.run((context) -> {
				context.getBean(PushpadTemplate.class).getNotification(7);
				this.server.verify(getRequestedFor(urlEqualTo("/api/v1/notifications/7"))
					.withHeader("X-Customized", equalTo("yes"))
					.withHeader("Authorization", equalTo("Bearer " + TOKEN)));
			});
	}

	@Test
	void connectionDetailsBeanCreatesTemplate() {
		this.contextRunner.withBean(PushpadConnectionDetails.class, () -> new PushpadConnectionDetails() {

			@Override
			public String baseUrl() {
				return PushpadAutoConfigurationTests.this.baseUrl();
			}

			@Override
			public String authToken() {
				return TOKEN;
			}

			@Override
			public Long projectId() {
				return 55L;
			}

		}).run((context) -> {
			PushpadTemplate template = context.getBean(PushpadTemplate.class);
			assertThat(template.getProjectId()).isEqualTo(55L);
			Notification notification = template.getNotification(7);
			assertThat(notification.id()).isEqualTo(7);
		});
	}

	@Test
	void operationsAreObserved() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.contextRunner.withPropertyValues("pushpad.auth-token=" + TOKEN, "pushpad.base-url=" + baseUrl())
			.withBean(ObservationRegistry.class, () -> registry)
			.run((context) -> {
				context.getBean(PushpadTemplate.class).getNotification(7);
				TestObservationRegistryAssert.assertThat(registry)
					.hasObservationWithNameEqualTo("pushpad.client.requests")
					.that()
					.hasLowCardinalityKeyValue("operation", "notifications.get")
					.hasLowCardinalityKeyValue("outcome", "SUCCESS");
			});
	}

	@Test
	void observationConventionBeanIsUsed() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.contextRunner.withPropertyValues("pushpad.auth-token=" + TOKEN, "pushpad.base-url=" + baseUrl())
			.withBean(ObservationRegistry.class, () -> registry)
			.withBean(PushpadObservationConvention.class, () -> new DefaultPushpadObservationConvention("my.pushpad"))
			.run((context) -> {
				context.getBean(PushpadTemplate.class).getNotification(7);
				TestObservationRegistryAssert.assertThat(registry)
					.hasObservationWithNameEqualTo("my.pushpad")
					.that()
					.hasLowCardinalityKeyValue("operation", "notifications.get");
				TestObservationRegistryAssert.assertThat(registry)
					.hasNumberOfObservationsWithNameEqualTo("pushpad.client.requests", 0);
			});
	}

	@Test
	void templateToStringHidesToken() {
		this.contextRunner.withPropertyValues("pushpad.auth-token=" + TOKEN, "pushpad.project-id=9").run((context) -> {
			assertThat(context.getBean(PushpadTemplate.class).toString()).doesNotContain(TOKEN).contains("projectId=9");
			assertThat(context.getBean(PushpadProperties.class).toString()).doesNotContain(TOKEN).contains("******");
			assertThat(context.getBean(PushpadConnectionDetails.class).toString()).doesNotContain(TOKEN);
		});
	}

	@Test
	void sanitizingFunctionMasksToken() {
		this.contextRunner.withPropertyValues("pushpad.auth-token=" + TOKEN).run((context) -> {
			SanitizingFunction function = context.getBean(SanitizingFunction.class);
			assertThat(function.applyUnlessFiltered(
					new org.springframework.boot.actuate.endpoint.SanitizableData(null, "pushpad.auth-token", TOKEN))
				.getValue()).isEqualTo("******");
		});
	}

	@Test
	void runWithoutActuatorHasNoSanitizingFunction() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
			.withPropertyValues("pushpad.auth-token=" + TOKEN)
			.run((context) -> {
				assertThat(context).hasSingleBean(PushpadTemplate.class);
				assertThat(context).doesNotHaveBean("pushpadAuthTokenSanitizingFunction");
			});
	}

	@Test
	void runWithoutMicrometerModulesUsesNoopRegistry() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(PushpadAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(ObservationAutoConfiguration.class))
			.withPropertyValues("pushpad.auth-token=" + TOKEN, "pushpad.base-url=" + baseUrl())
			.run((context) -> {
				assertThat(context).doesNotHaveBean(ObservationRegistry.class);
				assertThat(context.getBean(PushpadTemplate.class).getNotification(7).id()).isEqualTo(7);
			});
	}

	@Test
	void runWithoutJacksonModulesSendsRequests() {
		this.contextRunner
			.withClassLoader(new FilteredClassLoader("tools.jackson.module", "tools.jackson.datatype",
					"com.fasterxml.jackson.module", "com.fasterxml.jackson.datatype",
					"org.springframework.boot.jackson"))
			.withPropertyValues("pushpad.auth-token=" + TOKEN, "pushpad.base-url=" + baseUrl())
			.run((context) -> assertThat(context.getBean(PushpadTemplate.class).getNotification(7).body())
				.isEqualTo("Hi"));
	}

	@Test
	void runWithBootRestClientKeepsPushpadBaseUrl() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class))
			.withPropertyValues("pushpad.auth-token=" + TOKEN, "pushpad.base-url=" + baseUrl())
			.run((context) -> {
				assertThat(context).hasSingleBean(RestClient.Builder.class);
				assertThat(context.getBean(PushpadTemplate.class).getNotification(7).id()).isEqualTo(7);
			});
	}

	/**
	 * Counts the request factories built, each a plain one that records whether it was destroyed.
	 */
	static final class CountingFactoryBuilder implements ClientHttpRequestFactoryBuilder<DisposableRequestFactory> {

		volatile int built;

		volatile DisposableRequestFactory factory = new DisposableRequestFactory();

		@Override
		public DisposableRequestFactory build(HttpClientSettings settings) {
			this.built++;
			this.factory = new DisposableRequestFactory();
			return this.factory;
		}

	}

	static final class DisposableRequestFactory extends SimpleClientHttpRequestFactory implements DisposableBean {

		volatile boolean destroyed;

		@Override
		public void destroy() {
			this.destroyed = true;
		}

	}

}
