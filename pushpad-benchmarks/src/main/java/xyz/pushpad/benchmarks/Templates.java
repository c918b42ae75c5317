package xyz.pushpad.benchmarks;

import io.micrometer.observation.ObservationRegistry;

import xyz.pushpad.client.PushpadTemplate;

/**
 * Builds the template the benchmarks measure, as an application would configure it.
 */
final class Templates {

	private Templates() {
	}

	/**
	 * Creates a template on the request factory of the given clients. A registry other than
	 * {@link ObservationRegistry#NOOP} observes both the template's operations and the RestClient's requests, as
	 * in a Spring Boot application with Actuator, where the auto-configuration passes the registry to the template
	 * and Boot's RestClient customizer sets it on the RestClient.
	 */
	static PushpadTemplate create(Transport.Clients clients, ObservationRegistry observationRegistry) {
		PushpadTemplate.Builder builder = PushpadTemplate.builder()
			.requestFactory(clients.requestFactory())
			.authToken(Stub.AUTH_TOKEN)
			.projectId(Stub.PROJECT_ID)
			.baseUrl(Stub.BASE_URL);
		if (!observationRegistry.isNoop()) {
			builder.observationRegistry(observationRegistry);
			builder.restClientCustomizer((restClient) -> restClient.observationRegistry(observationRegistry));
		}
		return builder.build();
	}

}
