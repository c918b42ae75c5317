package xyz.pushpad.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import xyz.pushpad.client.notification.NotificationRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads sharing one template against a JDK HTTP server on the loopback interface.
 */
class LoadTests {

	private static final int THREADS = 100;

	private static final int NOTIFICATIONS = 1000;

	@Test
	@Timeout(60)
	void hundredThreadsSendThousandNotificationsExactlyOnce() throws Exception {
		Set<String> received = ConcurrentHashMap.newKeySet();
		AtomicLong requests = new AtomicLong();
		AtomicLong nextId = new AtomicLong();
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
		server.setExecutor(Executors.newFixedThreadPool(16));
		server.createContext("/api/v1/projects/123/notifications", (exchange) -> {
			requests.incrementAndGet();
			try (InputStream body = exchange.getRequestBody()) {
				received.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
			}
			byte[] response = ("{\"id\":" + nextId.incrementAndGet() + ",\"scheduled\":1}").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(201, response.length);
			exchange.getResponseBody().write(response);
			exchange.close();
		});
		server.start();
		ExecutorService senders = Executors.newFixedThreadPool(THREADS);
		try {
			PushpadTemplate template = PushpadTemplate.builder()
				.authToken("test-token")
				.projectId(123L)
				.baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1")
				.readTimeout(Duration.ofSeconds(20))
				.build();
			List<Future<Long>> results = new ArrayList<>();
			for (int i = 0; i < NOTIFICATIONS; i++) {
				NotificationRequest request = NotificationRequest.of("message " + i);
				results.add(senders.submit(() -> template.createNotification(request).id()));
			}

			Set<Long> ids = ConcurrentHashMap.newKeySet();
			for (Future<Long> result : results) {
				ids.add(result.get(30, TimeUnit.SECONDS));
			}

			assertThat(ids).hasSize(NOTIFICATIONS);
			assertThat(requests.get()).isEqualTo(NOTIFICATIONS);
			assertThat(received).hasSize(NOTIFICATIONS);
		}
		finally {
			senders.shutdownNow();
			server.stop(0);
			((ExecutorService) server.getExecutor()).shutdownNow();
		}
	}

}
