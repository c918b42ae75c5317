package xyz.pushpad.client;

import java.net.SocketTimeoutException;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangeFailuresTests {

	@Test
	void socketConnectTimeoutMeansNotSent() {
		// HttpURLConnection, behind Spring's SimpleClientHttpRequestFactory, reports a connect timeout this way.
		ResourceAccessException failure = new ResourceAccessException("I/O error",
				new SocketTimeoutException("Connect timed out"));

		PushpadClientException ex = ExchangeFailures.translate(HttpMethod.POST, "/projects/{projectId}/notifications",
				failure);

		assertThat(ex).isInstanceOf(PushpadTimeoutException.class);
		assertThat(ex.getMessage()).isEqualTo("POST /projects/{projectId}/notifications timed out while connecting, "
				+ "so the request was not sent: SocketTimeoutException: Connect timed out; check the network or raise "
				+ "the connect timeout");
		assertThat(ex.mayHaveReachedServer()).isFalse();
	}

	@Test
	void socketReadTimeoutMayHaveReachedServer() {
		ResourceAccessException failure = new ResourceAccessException("I/O error",
				new SocketTimeoutException("Read timed out"));

		PushpadClientException ex = ExchangeFailures.translate(HttpMethod.POST, "/projects/{projectId}/notifications",
				failure);

		assertThat(ex).isInstanceOf(PushpadTimeoutException.class);
		assertThat(ex.getMessage()).startsWith("POST /projects/{projectId}/notifications timed out waiting for the "
				+ "response: ");
		assertThat(ex.mayHaveReachedServer()).isTrue();
	}

}
