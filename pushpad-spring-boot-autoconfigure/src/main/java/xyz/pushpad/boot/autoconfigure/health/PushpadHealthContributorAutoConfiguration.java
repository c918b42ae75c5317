package xyz.pushpad.boot.autoconfigure.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

import xyz.pushpad.boot.autoconfigure.PushpadAutoConfiguration;
import xyz.pushpad.boot.autoconfigure.PushpadProperties;
import xyz.pushpad.boot.health.PushpadHealthIndicator;
import xyz.pushpad.client.PushpadOperations;
import xyz.pushpad.client.PushpadRetrySettings;
import xyz.pushpad.client.PushpadTemplate;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for
 * {@link PushpadHealthIndicator}. The indicator is named {@code pushpad}, is turned off with
 * {@code management.health.pushpad.enabled=false}, and is not part of the readiness group unless the application adds
 * it.
 */
@AutoConfiguration(after = PushpadAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnSingleCandidate(PushpadOperations.class)
@ConditionalOnEnabledHealthIndicator("pushpad")
@EnableConfigurationProperties(PushpadProperties.class)
public final class PushpadHealthContributorAutoConfiguration {

	/**
	 * The health indicator, probing without retries when the operations are a {@link PushpadTemplate}: a retry
	 * that waits out a backoff or a {@code Retry-After} would turn a prompt error answer into a timeout of the
	 * health check.
	 */
	@Bean
	@ConditionalOnMissingBean(name = { "pushpadHealthIndicator", "pushpadHealthContributor" })
	PushpadHealthIndicator pushpadHealthIndicator(PushpadOperations pushpadOperations, PushpadProperties properties) {
		PushpadOperations probed = (pushpadOperations instanceof PushpadTemplate template)
				? template.withRetry(PushpadRetrySettings.disabled()) : pushpadOperations;
		return new PushpadHealthIndicator(probed, properties.health().timeout(),
				properties.health().cacheTimeToLive());
	}

}
