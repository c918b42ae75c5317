package xyz.pushpad.boot.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class InvalidPushpadPropertyFailureAnalyzerTests {

	@Test
	void blankTokenAnalysisNamesFix() {
		FailureAnalysis analysis = new InvalidPushpadPropertyFailureAnalyzer()
			.analyze(new IllegalStateException("Error creating bean",
					new InvalidPushpadPropertyException("pushpad.auth-token", "is blank",
							"set it to a Pushpad access token")));

		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).isEqualTo("The property 'pushpad.auth-token' is blank.");
		assertThat(analysis.getAction()).isEqualTo("Set it to a Pushpad access token.");
	}

	@Test
	void otherFailureIsNotAnalyzed() {
		assertThat(new InvalidPushpadPropertyFailureAnalyzer().analyze(new IllegalStateException("other"))).isNull();
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void startupReportHidesToken(CapturedOutput output) {
		SpringApplication application = new SpringApplication(TokenApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(Map.of("pushpad.auth-token", "hunter2 part2"));

		assertThatException().isThrownBy(application::run);

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The property 'pushpad.auth-token' is invalid.")
			.contains("The auth token contains whitespace or a non-ASCII character at index 7; copy it again from "
					+ "Pushpad.")
			.doesNotContain("hunter2");
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(PushpadAutoConfiguration.class)
	static class TokenApplication {

	}

}
