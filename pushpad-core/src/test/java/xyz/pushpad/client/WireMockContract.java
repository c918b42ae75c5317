package xyz.pushpad.client;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.params.provider.Arguments;

import xyz.pushpad.contract.OpenApiContract;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * WireMock setup shared by the contract tests, and the check that every exchange a test made follows Pushpad's
 * OpenAPI spec.
 */
final class WireMockContract {

	static final String TOKEN = "test-token-0123456789";

	/**
	 * Response header that marks a fixture as deliberately off the spec, such as a body with nulls the spec does not
	 * allow, so that its response is not validated. The request is still validated.
	 */
	static final String OFF_SPEC_FIXTURE = "X-Test-Off-Spec-Fixture";

	private WireMockContract() {
	}

	/**
	 * Creates a WireMock server on the loopback interface. Plain HTTP/2 is disabled because the JDK client's h2c
	 * upgrade makes WireMock drop requests that have a body.
	 */
	static WireMockExtension newServer() {
		return WireMockExtension.newInstance()
			.options(options().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true))
			.build();
	}

	/**
	 * Creates a template that sends to the server, with project 123 as default. Retries are off, so that each stubbed
	 * error reaches the test after one request; the retry rules have tests of their own.
	 */
	static PushpadTemplate newTemplate(WireMockExtension server) {
		return PushpadTemplate.builder()
			.authToken(TOKEN)
			.projectId(123L)
			.baseUrl(server.baseUrl() + "/api/v1")
			.retry(PushpadRetrySettings.disabled())
			.build();
	}

	/**
	 * Returns the error statuses the spec declares for the list, create, get, update and delete operations of
	 * subscriptions, projects and senders, which all declare the same ones, with the exception each maps to.
	 */
	static Stream<Arguments> crudErrorStatuses() {
		return Stream.of(Arguments.of("list", 401, PushpadUnauthorizedException.class),
				Arguments.of("list", 403, PushpadForbiddenException.class),
				Arguments.of("list", 500, PushpadServerException.class),
				Arguments.of("create", 401, PushpadUnauthorizedException.class),
				Arguments.of("create", 403, PushpadForbiddenException.class),
				Arguments.of("create", 422, PushpadUnprocessableEntityException.class),
				Arguments.of("create", 500, PushpadServerException.class),
				Arguments.of("get", 401, PushpadUnauthorizedException.class),
				Arguments.of("get", 403, PushpadForbiddenException.class),
				Arguments.of("get", 404, PushpadNotFoundException.class),
				Arguments.of("get", 500, PushpadServerException.class),
				Arguments.of("update", 401, PushpadUnauthorizedException.class),
				Arguments.of("update", 403, PushpadForbiddenException.class),
				Arguments.of("update", 404, PushpadNotFoundException.class),
				Arguments.of("update", 422, PushpadUnprocessableEntityException.class),
				Arguments.of("update", 500, PushpadServerException.class),
				Arguments.of("delete", 401, PushpadUnauthorizedException.class),
				Arguments.of("delete", 403, PushpadForbiddenException.class),
				Arguments.of("delete", 404, PushpadNotFoundException.class),
				Arguments.of("delete", 500, PushpadServerException.class));
	}

	/**
	 * Validates every request the server received, and every response it returned, against the spec.
	 */
	static void assertExchangesFollowSpec(WireMockExtension server) {
		OpenApiContract contract = OpenApiContract.load();
		List<String> violations = new ArrayList<>();
		for (ServeEvent event : server.getAllServeEvents()) {
			LoggedRequest request = event.getRequest();
			String url = request.getUrl();
			int query = url.indexOf('?');
			String path = (query >= 0) ? url.substring(0, query) : url;
			String rawQuery = (query >= 0) ? url.substring(query + 1) : null;
			String requestBody = request.getBodyAsString();
			violations.addAll(contract.validateRequest(request.getMethod().getName(), path, rawQuery,
					requestBody.isEmpty() ? null : requestBody));
			boolean offSpecFixture = event.getResponse().getHeaders().getHeader(OFF_SPEC_FIXTURE).isPresent();
			if (!offSpecFixture) {
				String responseBody = event.getResponse().getBodyAsString();
				violations.addAll(contract.validateResponse(request.getMethod().getName(), path,
						event.getResponse().getStatus(), responseBody.isEmpty() ? null : responseBody));
			}
		}
		assertThat(violations).as("violations of the Pushpad OpenAPI spec").isEmpty();
	}

}
