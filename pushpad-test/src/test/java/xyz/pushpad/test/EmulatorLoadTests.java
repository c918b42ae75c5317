package xyz.pushpad.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import xyz.pushpad.client.PushpadTemplate;
import xyz.pushpad.client.notification.NotificationRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads sharing one template, with its default HTTP client and retry settings, against the emulator on the
 * loopback interface. Every send must be stored exactly once. No call may need a retry, because a replay could hide
 * a lost or refused request.
 */
class EmulatorLoadTests {

	private static final int THREADS = 100;

	private static final int NOTIFICATIONS = 1000;

	@Test
	@Timeout(90)
	void hundredThreadsSendThousandNotifications() throws Exception {
		ExecutorService senders = Executors.newFixedThreadPool(THREADS);
		AtomicInteger retries = new AtomicInteger();
		try (PushpadEmulator emulator = PushpadEmulator.start()) {
			emulator.subscriptions().add("alice");
			PushpadTemplate template = PushpadTemplate.builder()
				.baseUrl(emulator.baseUrl())
				.authToken(emulator.authToken())
				.projectId(emulator.defaultProjectId())
				.readTimeout(Duration.ofSeconds(20))
				.retryListener((operation, attempt, delay, failure) -> retries.incrementAndGet())
				.build();
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Long>> results = new ArrayList<>();
			for (int i = 0; i < NOTIFICATIONS; i++) {
				NotificationRequest request = NotificationRequest.of("message " + i);
				results.add(senders.submit(() -> {
					start.await();
					return template.createNotification(request).id();
				}));
			}

			start.countDown();
			List<Long> ids = new ArrayList<>();
			for (Future<Long> result : results) {
				ids.add(result.get(60, TimeUnit.SECONDS));
			}

			assertThat(retries).hasValue(0);
			assertThat(new HashSet<>(ids)).hasSize(NOTIFICATIONS);
			List<EmulatedNotification> stored = emulator.notifications().all();
			assertThat(stored).hasSize(NOTIFICATIONS);
			Set<String> bodies = new HashSet<>();
			stored.forEach((notification) -> bodies.add(notification.body()));
			assertThat(bodies).hasSize(NOTIFICATIONS);
			assertThat(bodies).contains("message 0", "message " + (NOTIFICATIONS - 1));
			Set<Long> storedIds = new HashSet<>();
			stored.forEach((notification) -> storedIds.add(notification.id()));
			assertThat(storedIds).isEqualTo(new HashSet<>(ids));
			assertThat(stored).allSatisfy((notification) -> assertThat(notification.recipientUids())
				.containsExactly("alice"));
		}
		finally {
			senders.shutdownNow();
			assertThat(senders.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		}
	}

}
