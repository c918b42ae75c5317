package xyz.pushpad.boot.autoconfigure.health;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import xyz.pushpad.boot.autoconfigure.PushpadAutoConfiguration;
import xyz.pushpad.boot.health.PushpadHealthIndicator;
import xyz.pushpad.client.PushpadOperations;
import xyz.pushpad.client.PushpadTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class PushpadHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PushpadAutoConfiguration.class,
				PushpadHealthContributorAutoConfiguration.class, HealthContributorAutoConfiguration.class,
				HealthContributorRegistryAutoConfiguration.class))
		.withPropertyValues("pushpad.auth-token=token-abc", "pushpad.project-id=42");

	@Test
	void runCreatesIndicatorNamedPushpad() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(PushpadHealthIndicator.class);
			HealthContributorRegistry registry = context.getBean(HealthContributorRegistry.class);
			assertThat(registry.getContributor("pushpad")).isInstanceOf(PushpadHealthIndicator.class);
		});
	}

	@Test
	void probeReportsServerErrorWithoutRetrying() {
		WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		try {
			server.stubFor(get(urlPathEqualTo("/api/v1/projects/42/subscriptions"))
				.willReturn(aResponse().withStatus(503).withHeader("Retry-After", "10")));
			this.contextRunner
				.withPropertyValues("pushpad.base-url=http://127.0.0.1:" + server.port() + "/api/v1",
						"pushpad.health.timeout=5s")
				.run((context) -> {
					Health health = context.getBean(PushpadHealthIndicator.class).health();

					assertThat(health.getStatus()).isEqualTo(Status.DOWN);
					assertThat(health.getDetails()).containsEntry("status", 503);
					assertThat(server.getAllServeEvents()).hasSize(1);
					assertThat(context.getBean(PushpadTemplate.class).getRetrySettings().enabled()).isTrue();
				});
		}
		finally {
			server.stop();
		}
	}

	@Test
	void runWhenDisabledCreatesNoIndicator() {
		this.contextRunner.withPropertyValues("management.health.pushpad.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(PushpadHealthIndicator.class));
	}

	@Test
	void runWhenDefaultsDisabledCreatesNoIndicator() {
		this.contextRunner.withPropertyValues("management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(PushpadHealthIndicator.class));
	}

	@Test
	void runWithoutTokenCreatesNoIndicator() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(PushpadAutoConfiguration.class,
					PushpadHealthContributorAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(PushpadHealthIndicator.class));
	}

	@Test
	void userDefinedIndicatorBacksOff() {
		HealthIndicator own = () -> Health.up().build();
		this.contextRunner.withBean("pushpadHealthIndicator", HealthIndicator.class, () -> own).run((context) -> {
			assertThat(context).doesNotHaveBean(PushpadHealthIndicator.class);
			assertThat(context.getBean("pushpadHealthIndicator")).isSameAs(own);
		});
	}

	@Test
	void userDefinedOperationsAreProbed() {
		PushpadOperations own = mock(PushpadOperations.class);
		this.contextRunner.withBean(PushpadOperations.class, () -> own).run((context) -> {
			assertThat(context).hasSingleBean(PushpadHealthIndicator.class);
			assertThat(context.getBean(PushpadHealthIndicator.class).health().getStatus().getCode()).isEqualTo("UP");
		});
	}

	@Test
	void runWithoutHealthModuleCreatesNoIndicator() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(PushpadAutoConfiguration.class,
					PushpadHealthContributorAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.withPropertyValues("pushpad.auth-token=token-abc")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasSingleBean(PushpadOperations.class);
				assertThat(context).doesNotHaveBean(PushpadHealthIndicator.class);
			});
	}

}
