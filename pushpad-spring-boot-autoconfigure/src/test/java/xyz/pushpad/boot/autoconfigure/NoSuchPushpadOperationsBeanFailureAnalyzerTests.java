package xyz.pushpad.boot.autoconfigure;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

import xyz.pushpad.client.PushpadOperations;

import static org.assertj.core.api.Assertions.assertThat;

class NoSuchPushpadOperationsBeanFailureAnalyzerTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PushpadAutoConfiguration.class))
		.withBean(Notifier.class);

	@Test
	void missingTokenIsExplained() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new NoSuchPushpadOperationsBeanFailureAnalyzer(new MockEnvironment())
				.analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("'pushpad.auth-token' is not set")
				.contains(PushpadOperations.class.getName());
			assertThat(analysis.getAction()).contains("Set 'pushpad.auth-token'").contains("PUSHPAD_AUTH_TOKEN");
		});
	}

	@Test
	void blankTokenIsExplainedWithoutValue() {
		MockEnvironment environment = new MockEnvironment().withProperty("pushpad.auth-token", "   ");
		FailureAnalysis analysis = new NoSuchPushpadOperationsBeanFailureAnalyzer(environment)
			.analyze(new NoSuchBeanDefinitionException(PushpadOperations.class));

		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains("'pushpad.auth-token' is not set");
	}

	@Test
	void tokenSetIsNotAnalyzed() {
		MockEnvironment environment = new MockEnvironment().withProperty("pushpad.auth-token", "token-abc");
		FailureAnalysis analysis = new NoSuchPushpadOperationsBeanFailureAnalyzer(environment)
			.analyze(new NoSuchBeanDefinitionException(PushpadOperations.class));

		assertThat(analysis).isNull();
	}

	@Test
	void otherMissingBeanIsNotAnalyzed() {
		FailureAnalysis analysis = new NoSuchPushpadOperationsBeanFailureAnalyzer(new MockEnvironment())
			.analyze(new NoSuchBeanDefinitionException(String.class));

		assertThat(analysis).isNull();
	}

	@Test
	void analyzerIsRegistered() {
		List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, ArgumentResolver.of(Environment.class, new MockEnvironment()),
					FailureHandler.handleMessage((message, failure) -> {
					}));

		assertThat(analyzers).hasAtLeastOneElementOfType(NoSuchPushpadOperationsBeanFailureAnalyzer.class);
	}

	static class Notifier {

		Notifier(PushpadOperations pushpad) {
		}

	}

}
