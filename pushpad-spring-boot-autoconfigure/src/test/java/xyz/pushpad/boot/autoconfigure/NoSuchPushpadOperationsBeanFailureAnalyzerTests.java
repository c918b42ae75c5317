package xyz.pushpad.boot.autoconfigure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

import xyz.pushpad.client.PushpadOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

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
	void analyzersAreRegistered() {
		List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, ArgumentResolver.of(Environment.class, new MockEnvironment()),
					FailureHandler.handleMessage((message, failure) -> {
					}));

		assertThat(analyzers).hasAtLeastOneElementOfType(NoSuchPushpadOperationsBeanFailureAnalyzer.class)
			.hasAtLeastOneElementOfType(InvalidPushpadPropertyFailureAnalyzer.class);
	}

	@Test
	void analyzerRunsBeforeGenericMissingBeanAnalyzer() {
		ArgumentResolver arguments = ArgumentResolver.of(Environment.class, new MockEnvironment())
			.and(BeanFactory.class, new DefaultListableBeanFactory());
		List<FailureAnalyzer> analyzers = new ArrayList<>(SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, arguments,
					FailureHandler.handleMessage((message, failure) -> {
					})));
		// The order of jars on an application's class path decides the loading order, so test the worst one.
		Collections.reverse(analyzers);
		AnnotationAwareOrderComparator.sort(analyzers);

		List<String> names = analyzers.stream().map((analyzer) -> analyzer.getClass().getSimpleName()).toList();
		assertThat(names).containsSubsequence("NoSuchPushpadOperationsBeanFailureAnalyzer",
				"NoSuchBeanDefinitionFailureAnalyzer");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void startupReportNamesProperty(CapturedOutput output) {
		SpringApplication application = new SpringApplication(MissingTokenApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);

		assertThatException().isThrownBy(application::run);

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("because the property 'pushpad.auth-token' is not set")
			.contains("Set 'pushpad.auth-token' to a Pushpad access token")
			.doesNotContain("Consider defining a bean of type");
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(PushpadAutoConfiguration.class)
	@Import(Notifier.class)
	static class MissingTokenApplication {

	}

	static class Notifier {

		Notifier(PushpadOperations pushpad) {
		}

	}

}
