package xyz.pushpad.boot.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import xyz.pushpad.client.PushpadOperations;
import xyz.pushpad.client.PushpadRateLimitException;
import xyz.pushpad.client.PushpadServerException;
import xyz.pushpad.client.notification.NotificationRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Checks that Apache HttpClient 5, which Spring Boot picks when it is on the class path, sends each request of the
 * template once, whatever its own retry rules, so that only {@code pushpad.retry.*} decides what is sent again.
 */
class PushpadHttpClientRetryTests {

	private static final String RETRY_AFTER_SECONDS = "3";

	private final AtomicInteger requests = new AtomicInteger();

	private volatile int status;

	private HttpServer server;

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::respond);
		this.server.start();
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(PushpadAutoConfiguration.class))
			.withPropertyValues("pushpad.auth-token=abc", "pushpad.project-id=5", "pushpad.retry.enabled=false",
					"pushpad.read-timeout=10s",
					"pushpad.base-url=http://127.0.0.1:" + this.server.getAddress().getPort() + "/api/v1");
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	private void respond(HttpExchange exchange) throws IOException {
		this.requests.incrementAndGet();
		exchange.getRequestBody().readAllBytes();
		byte[] body = "{\"error\":\"maintenance\"}".getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.getResponseHeaders().add("Retry-After", RETRY_AFTER_SECONDS);
		exchange.sendResponseHeaders(this.status, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	@Test
	void detectedClientSendsPostOnceOn503() {
		this.status = 503;
		this.contextRunner.run((context) -> {
			PushpadOperations pushpad = context.getBean(PushpadOperations.class);
			long start = System.nanoTime();

			assertThatExceptionOfType(PushpadServerException.class)
				.isThrownBy(() -> pushpad.sendNotification(NotificationRequest.of("Hello")));

			assertThat(this.requests).hasValue(1);
			assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
		});
	}

	@Test
	void builderBeanSendsGetOnceOn429() {
		this.status = 429;
		this.contextRunner.withBean(ClientHttpRequestFactoryBuilder.class, ClientHttpRequestFactoryBuilder::httpComponents)
			.run((context) -> {
				PushpadOperations pushpad = context.getBean(PushpadOperations.class);
				long start = System.nanoTime();

				assertThatExceptionOfType(PushpadRateLimitException.class).isThrownBy(pushpad::countSubscriptions);

				assertThat(this.requests).hasValue(1);
				assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
			});
	}

}
