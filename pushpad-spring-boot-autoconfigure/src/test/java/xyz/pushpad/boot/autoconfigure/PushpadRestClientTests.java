package xyz.pushpad.boot.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.restclient.test.autoconfigure.RestClientTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;

import xyz.pushpad.client.PushpadOperations;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.notification.NotificationRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

@RestClientTest(properties = { "pushpad.auth-token=token-abc", "pushpad.project-id=42",
		"pushpad.base-url=http://127.0.0.1:9/api/v1" })
@ImportAutoConfiguration(PushpadAutoConfiguration.class)
class PushpadRestClientTests {

	@Autowired
	private PushpadOperations pushpad;

	@Autowired
	private MockRestServiceServer server;

	@Test
	void mockServerInterceptsTemplateRequests() {
		this.server.expect(requestTo("http://127.0.0.1:9/api/v1/projects/42/notifications"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(header("Authorization", "Bearer token-abc"))
			.andExpect(jsonPath("$.body").value("Hello"))
			.andRespond(withSuccess("{\"id\":3,\"scheduled\":1}", MediaType.APPLICATION_JSON));

		NotificationCreateResult result = this.pushpad.createNotification(NotificationRequest.of("Hello"));

		assertThat(result.id()).isEqualTo(3);
		this.server.verify();
	}

	@SpringBootConfiguration
	static class TestConfiguration {

	}

}
