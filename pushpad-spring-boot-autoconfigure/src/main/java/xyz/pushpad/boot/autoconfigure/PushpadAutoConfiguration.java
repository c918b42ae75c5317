package xyz.pushpad.boot.autoconfigure;

import io.micrometer.observation.ObservationRegistry;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.context.annotation.Lazy;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;

import xyz.pushpad.client.PushpadOperations;
import xyz.pushpad.client.PushpadTemplate;
import xyz.pushpad.client.PushpadValidationException;
import xyz.pushpad.client.observation.PushpadObservationConvention;

/**
 * Auto-configuration for {@link PushpadTemplate}.
 *
 * <p>The template is created when {@code pushpad.auth-token} is set or a {@link PushpadConnectionDetails} bean
 * exists, and backs off when the application defines its own {@link PushpadOperations}. Its HTTP client follows
 * Boot's choice and {@code spring.http.clients.*} settings, with the timeouts from {@code pushpad.*}; every
 * {@link RestClientCustomizer} bean is applied last, as Boot does for its own {@link RestClient.Builder}. Operations
 * are observed with the application's {@link ObservationRegistry} and, when defined, its
 * {@link PushpadObservationConvention} bean.
 */
@AutoConfiguration(after = RestClientAutoConfiguration.class, afterName = {
		"org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration",
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnClass(RestClient.class)
@EnableConfigurationProperties(PushpadProperties.class)
@ImportRuntimeHints(PushpadRuntimeHints.class)
public final class PushpadAutoConfiguration {

	private static final boolean HTTP_COMPONENTS_PRESENT = ClassUtils.isPresent(
			"org.apache.hc.client5.http.impl.classic.HttpClientBuilder", PushpadAutoConfiguration.class.getClassLoader());

	@Bean
	@ConditionalOnMissingBean(PushpadOperations.class)
	@ConditionalOnBean(PushpadConnectionDetails.class)
	PushpadTemplate pushpadTemplate(PushpadConnectionDetails connectionDetails, PushpadProperties properties,
			LazyRequestFactory pushpadRequestFactory, ObjectProvider<RestClientCustomizer> customizers,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<PushpadObservationConvention> observationConvention) {
		PushpadTemplate.Builder builder = PushpadTemplate.builder()
			.requestFactory(pushpadRequestFactory.deferred())
			.authToken(connectionDetails.authToken())
			.projectId(connectionDetails.projectId())
			.baseUrl(connectionDetails.baseUrl())
			.observationRegistry(observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP))
			.observationConvention(observationConvention.getIfUnique())
			.readTimeout(properties.readTimeout())
			.retry(properties.retry().toSettings())
			.restClientCustomizer((restClient) -> customizers.orderedStream().forEach((c) -> c.customize(restClient)));
		try {
			return builder.build();
		}
		catch (PushpadValidationException ex) {
			throw invalidProperty(ex, connectionDetails instanceof PropertiesPushpadConnectionDetails);
		}
	}

	/**
	 * Names the property behind a connection value the template rejected. The values come from properties only when
	 * no other {@link PushpadConnectionDetails} bean supplies them. Timeouts are checked when the properties are
	 * bound. The auth token is never part of the message.
	 */
	private static RuntimeException invalidProperty(PushpadValidationException ex, boolean connectionFromProperties) {
		if (!connectionFromProperties) {
			return ex;
		}
		return switch (ex.getField()) {
			case "authToken" -> new InvalidPushpadPropertyException("pushpad.auth-token", "is invalid", ex.getRule(),
					ex);
			case "baseUrl" -> invalidValue("pushpad.base-url", ex);
			case "projectId" -> invalidValue("pushpad.project-id", ex);
			default -> ex;
		};
	}

	private static InvalidPushpadPropertyException invalidValue(String property, PushpadValidationException ex) {
		Object value = ex.getRejectedValue();
		String quotedValue = (value instanceof CharSequence) ? "\"" + value + "\"" : String.valueOf(value);
		return new InvalidPushpadPropertyException(property, "is invalid (" + quotedValue + ")",
				"change it: it " + ex.getRule(), ex);
	}

	/**
	 * The template's request factory, with Spring Boot's HTTP client settings and the Pushpad timeouts. Lazy, so
	 * that it exists only when the template above is created; the HTTP client itself is built on the first request.
	 */
	@Bean
	@Lazy
	@ConditionalOnBean(PushpadConnectionDetails.class)
	LazyRequestFactory pushpadRequestFactory(PushpadProperties properties,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings) {
		HttpClientSettings settings = httpClientSettings.getIfAvailable(HttpClientSettings::defaults)
			.withTimeouts(properties.connectTimeout(), properties.readTimeout());
		ClientHttpRequestFactoryBuilder<?> factoryBuilder = withoutClientRetries(
				requestFactoryBuilder.getIfAvailable(ClientHttpRequestFactoryBuilder::detect));
		return new LazyRequestFactory(() -> factoryBuilder.build(settings));
	}

	/**
	 * Turns off the retries of Apache HttpClient 5, so that only {@code pushpad.retry.*} decides what is sent again.
	 * By default, version 5.5 resends any request once after a 429 or 503 response, POST included, after waiting out
	 * its Retry-After however long. A notification would then be created twice, and the health probe would time out
	 * instead of reporting the error status.
	 */
	private static ClientHttpRequestFactoryBuilder<?> withoutClientRetries(ClientHttpRequestFactoryBuilder<?> builder) {
		if (HTTP_COMPONENTS_PRESENT && builder instanceof HttpComponentsClientHttpRequestFactoryBuilder httpComponents) {
			return httpComponents.withHttpClientCustomizer(HttpClientBuilder::disableAutomaticRetries);
		}
		return builder;
	}

	@Configuration(proxyBeanMethods = false)
	static class ConnectionDetailsConfiguration {

		@Bean
		@ConditionalOnMissingBean(PushpadConnectionDetails.class)
		@ConditionalOnProperty(prefix = "pushpad", name = "auth-token")
		PropertiesPushpadConnectionDetails pushpadConnectionDetails(PushpadProperties properties) {
			return new PropertiesPushpadConnectionDetails(properties);
		}

	}

	/**
	 * Masks the auth token in the {@code env} and {@code configprops} endpoints even when they are set to show
	 * values. The first endpoint reports the key as {@code pushpad.auth-token}, the second as
	 * {@code pushpad.authToken}.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SanitizingFunction.class)
	static class SanitizingConfiguration {

		@Bean
		SanitizingFunction pushpadAuthTokenSanitizingFunction() {
			return SanitizingFunction.sanitizeValue().ifKeyEquals("pushpad.auth-token", "pushpad.authToken");
		}

	}

}
