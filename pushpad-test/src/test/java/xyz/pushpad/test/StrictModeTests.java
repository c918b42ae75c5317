package xyz.pushpad.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import xyz.pushpad.test.junit.PushpadEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strict mode, on by default: requests that Pushpad's OpenAPI specification does not describe get status 400.
 */
@ExtendWith(PushpadEmulatorExtension.class)
class StrictModeTests {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void validRequestPasses(PushpadEmulator emulator) throws Exception {
		HttpResponse<String> response = post(emulator, "/projects/" + emulator.defaultProjectId() + "/notifications",
				"{\"body\": \"Hello\", \"tags\": [\"a && !b\"]}");
		assertThat(response.statusCode()).isEqualTo(201);
	}

	@Test
	void undeclaredPropertyIs400(PushpadEmulator emulator) throws Exception {
		HttpResponse<String> response = post(emulator, "/projects/" + emulator.defaultProjectId() + "/notifications",
				"{\"body\": \"Hello\", \"colour\": \"red\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("does not match the Pushpad API specification").contains("colour");
		assertThat(emulator.notifications().all()).isEmpty();
	}

	@Test
	void missingRequiredPropertyIs400(PushpadEmulator emulator) throws Exception {
		HttpResponse<String> response = post(emulator, "/projects/" + emulator.defaultProjectId() + "/subscriptions",
				"{\"uid\": \"u1\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("endpoint");
	}

	@Test
	void invalidQueryParameterIs400(PushpadEmulator emulator) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest
			.newBuilder(URI.create(emulator.baseUrl() + "/projects/" + emulator.defaultProjectId()
					+ "/notifications?page=0"))
			.header("Authorization", "Bearer " + emulator.authToken())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("'page'");
	}

	@Test
	void unauthorizedComesBeforeSpecificationCheck(PushpadEmulator emulator) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/nothing"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
	}

	private static HttpResponse<String> post(PushpadEmulator emulator, String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
			.header("Authorization", "Bearer " + emulator.authToken())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
