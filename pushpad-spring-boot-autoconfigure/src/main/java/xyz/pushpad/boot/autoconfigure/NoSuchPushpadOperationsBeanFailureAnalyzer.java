package xyz.pushpad.boot.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import xyz.pushpad.client.PushpadOperations;

/**
 * {@link AbstractFailureAnalyzer} for a missing {@link PushpadOperations} bean when {@code pushpad.auth-token} is not
 * set. The analysis names the property and how to set it, but never shows a value. It is ordered before Spring Boot's
 * generic analyzer of missing beans, which would otherwise report the failure first.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class NoSuchPushpadOperationsBeanFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException> {

	private static final String AUTH_TOKEN_PROPERTY = "pushpad.auth-token";

	private final Environment environment;

	NoSuchPushpadOperationsBeanFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
		ResolvableType beanType = cause.getResolvableType();
		Class<?> requiredClass = (beanType != null) ? beanType.resolve() : null;
		if (requiredClass == null || !PushpadOperations.class.isAssignableFrom(requiredClass)) {
			return null;
		}
		if (StringUtils.hasText(this.environment.getProperty(AUTH_TOKEN_PROPERTY))) {
			return null;
		}
		String description = "A component required a bean of type '" + requiredClass.getName()
				+ "' that could not be found, because the property '" + AUTH_TOKEN_PROPERTY
				+ "' is not set and no PushpadConnectionDetails bean is defined.";
		String action = "Set '" + AUTH_TOKEN_PROPERTY + "' to a Pushpad access token, created in Pushpad under "
				+ "Account settings, Access tokens (for example with the environment variable PUSHPAD_AUTH_TOKEN), "
				+ "or define a PushpadConnectionDetails or PushpadOperations bean.";
		return new FailureAnalysis(description, action, cause);
	}

}
