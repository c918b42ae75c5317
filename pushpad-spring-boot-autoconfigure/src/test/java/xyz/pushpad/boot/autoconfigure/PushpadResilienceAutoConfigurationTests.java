package xyz.pushpad.boot.autoconfigure;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;

import xyz.pushpad.client.PushpadRetrySettings;
import xyz.pushpad.client.PushpadTemplate;
import xyz.pushpad.client.PushpadValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PushpadResilienceAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PushpadAutoConfiguration.class))
		.withPropertyValues("pushpad.base-url=http://127.0.0.1:1/api/v1");

	@Test
	void retryDefaultsMatchClientDefaults() {
		this.contextRunner.withPropertyValues("pushpad.auth-token=abc")
			.run((context) -> assertThat(context.getBean(PushpadTemplate.class).getRetrySettings())
				.isEqualTo(PushpadRetrySettings.defaults()));
	}

	@Test
	void retryPropertiesAreApplied() {
		this.contextRunner
			.withPropertyValues("pushpad.auth-token=abc", "pushpad.retry.enabled=false", "pushpad.retry.max-attempts=5",
					"pushpad.retry.initial-delay=1s", "pushpad.retry.multiplier=3", "pushpad.retry.max-delay=20s",
					"pushpad.retry.max-total-time=2m", "pushpad.retry.max-retry-after=5s")
			.run((context) -> assertThat(context.getBean(PushpadTemplate.class).getRetrySettings())
				.isEqualTo(new PushpadRetrySettings(false, 5, Duration.ofSeconds(1), 3.0, Duration.ofSeconds(20),
						Duration.ofMinutes(2), Duration.ofSeconds(5))));
	}

	@Test
	void invalidRetryPropertyFailsStartup() {
		this.contextRunner.withPropertyValues("pushpad.auth-token=abc", "pushpad.retry.max-attempts=0")
			.run((context) -> assertThat(context).getFailure()
				.hasStackTraceContaining("Property 'pushpad.retry.max-attempts' must be 1 or more; 1 disables retries"));
	}

	@ParameterizedTest
	@CsvSource({ "pushpad.connect-timeout, 0, PT0S", "pushpad.read-timeout, 0, PT0S", "pushpad.read-timeout, -1s, PT-1S",
			"pushpad.health.timeout, 0, PT0S", "pushpad.health.cache-time-to-live, -5s, PT-5S" })
	void nonPositiveDurationFailsStartupNamingProperty(String property, String value, String bound) {
		this.contextRunner.withPropertyValues("pushpad.auth-token=abc", property + "=" + value)
			.run((context) -> assertThat(context).getFailure()
				.hasStackTraceContaining(
						"Property '" + property + "' must be a positive duration such as 5s, but was " + bound));
	}

	@Test
	void tokenIsStripped() {
		this.contextRunner.withPropertyValues("pushpad.auth-token=  abc-123 \t")
			.run((context) -> assertThat(context.getBean(PushpadTemplate.class).signatureFor("user12345"))
				.isEqualTo(PushpadTemplate.builder().authToken("abc-123").build().signatureFor("user12345")));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"pushpad.base-url | ftp://example.com/api | Property 'pushpad.base-url' is invalid (\"ftp://example.com/api\"): change it: it must be an absolute http(s) URL with a host and no query, such as https://pushpad.xyz/api/v1",
			"pushpad.project-id | 0 | Property 'pushpad.project-id' is invalid (0): change it: it must be a positive number" })
	void invalidConnectionPropertyNamed(String property, String value, String message) {
		this.contextRunner.withPropertyValues("pushpad.auth-token=abc", property + "=" + value).run((context) -> {
			assertThat(context).getFailure().hasStackTraceContaining(message);
			FailureAnalysis analysis = new InvalidPushpadPropertyFailureAnalyzer()
				.analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).startsWith("The property '" + property + "' is invalid");
		});
	}

	@Test
	void detailsBeanBaseUrlKeepsFieldName() {
		this.contextRunner.withBean(PushpadConnectionDetails.class, () -> new PushpadConnectionDetails() {

			@Override
			public String baseUrl() {
				return "ftp://example.com/api";
			}

			@Override
			public String authToken() {
				return "abc";
			}

		}).run((context) -> assertThat(context).getFailure()
			.rootCause()
			.isInstanceOf(PushpadValidationException.class)
			.hasMessageStartingWith("Invalid 'baseUrl'"));
	}

	@Test
	void blankTokenFailsStartupNamingProperty() {
		this.contextRunner.withPropertyValues("pushpad.auth-token=   ")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageStartingWith("Property 'pushpad.auth-token' is blank"));
	}

	@Test
	void tokenCharacterIndexCountsLeadingSpaces() {
		this.contextRunner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("token", Map.of("pushpad.auth-token", "  q7z d"))))
			.run((context) -> {
				assertThat(context).getFailure().hasStackTraceContaining("at index 5");
				assertThat(stackTraceOf(context.getStartupFailure())).doesNotContain("q7z");
			});
	}

	@Test
	void tokenWithInnerSpaceFailsWithoutShowingIt() {
		this.contextRunner.withPropertyValues("pushpad.auth-token=secret part2")
			.run((context) -> {
				assertThat(context).getFailure()
					.hasStackTraceContaining("Property 'pushpad.auth-token' is invalid: the auth token contains "
							+ "whitespace or a non-ASCII character at index 6; copy it again from Pushpad");
				assertThat(context).getFailure()
					.rootCause()
					.hasMessage("Invalid 'authToken': the auth token contains whitespace or a non-ASCII character at "
							+ "index 6; copy it again from Pushpad");
				assertThat(context.getStartupFailure()).hasStackTraceContaining("pushpad.auth-token");
				assertThat(stackTraceOf(context.getStartupFailure())).doesNotContain("secret");
			});
	}

	private static String stackTraceOf(Throwable failure) {
		java.io.StringWriter text = new java.io.StringWriter();
		failure.printStackTrace(new java.io.PrintWriter(text));
		return text.toString();
	}

}
