package xyz.pushpad.sample;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import xyz.pushpad.boot.autoconfigure.PushpadConnectionDetails;
import xyz.pushpad.test.PushpadEmulator;
import xyz.pushpad.test.boot.EmulatorPushpadConnectionDetails;

/**
 * Starts the Pushpad emulator when no auth token is configured and points the client at it. It backs off when
 * another {@link PushpadConnectionDetails} bean exists, such as the one of {@code @AutoConfigurePushpadEmulator}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedEmulatorConfiguration.NoAuthTokenCondition.class)
@ConditionalOnMissingBean(PushpadConnectionDetails.class)
class EmbeddedEmulatorConfiguration {

	@Bean
	PushpadEmulator pushpadEmulator() {
		PushpadEmulator emulator = PushpadEmulator.start();
		emulator.subscriptions().add("alice", "customer", "premium");
		emulator.subscriptions().add("bob", "customer");
		emulator.subscriptions().add("carol", "newsletter");
		emulator.subscriptions().add(null, "newsletter");
		return emulator;
	}

	@Bean
	EmulatorPushpadConnectionDetails pushpadConnectionDetails(PushpadEmulator emulator) {
		return new EmulatorPushpadConnectionDetails(emulator);
	}

	/**
	 * Matches when {@code pushpad.auth-token}, or the {@code PUSHPAD_AUTH_TOKEN} environment variable, is unset or
	 * blank.
	 */
	static class NoAuthTokenCondition implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("pushpad.auth-token"));
		}

	}

}
