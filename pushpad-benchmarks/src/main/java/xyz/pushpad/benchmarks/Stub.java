package xyz.pushpad.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import xyz.pushpad.client.notification.NotificationAction;
import xyz.pushpad.client.notification.NotificationRequest;

/**
 * Requests the benchmarks send to the stub server of {@code stub/nginx.conf.template}, and the responses it serves.
 */
final class Stub {

	/**
	 * Base URL of the stub, from the environment variable {@code PUSHPAD_BENCHMARKS_BASE_URL}, which run.sh sets.
	 * JMH forks inherit the environment, so every fork reads the same value.
	 */
	static final String BASE_URL = baseUrl();

	static final String AUTH_TOKEN = "benchmark-token";

	static final long PROJECT_ID = 1;

	/**
	 * Id of the one notification the stub serves.
	 */
	static final long NOTIFICATION_ID = 197123;

	/**
	 * Subscriptions per page, the API's default page size.
	 */
	static final int PER_PAGE = 30;

	/**
	 * Number of subscriptions the stub serves in all, also sent as {@code X-Total-Count}.
	 */
	static final long TOTAL_SUBSCRIPTIONS = 1_000_000;

	private Stub() {
	}

	/**
	 * Builds the notification every send benchmark posts: every field set, with 2 action buttons, 3 uids, 2 tags
	 * and a send time one day ahead, which the client accepts because Pushpad allows scheduling up to 5 days ahead.
	 */
	static NotificationRequest fullNotification() {
		return NotificationRequest.builder()
			.title("Your order has shipped")
			.body("Order 10442 left our warehouse and arrives on Thursday between 9:00 and 12:00.")
			.targetUrl("https://example.com/orders/10442")
			.iconUrl("https://example.com/assets/icon-192.png")
			.badgeUrl("https://example.com/assets/badge-96.png")
			.imageUrl("https://example.com/assets/orders/10442-800.jpg")
			.ttl(604800)
			.requireInteraction(true)
			.silent(false)
			.urgent(false)
			.customData("order=10442")
			.actions(NotificationAction.of("Track parcel", "https://example.com/orders/10442/tracking")
				.withIcon("https://example.com/assets/track.png")
				.withAction("track"),
					NotificationAction.of("Contact support", "https://example.com/support")
						.withIcon("https://example.com/assets/support.png")
						.withAction("support"))
			.starred(true)
			.sendAt(Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES))
			.customMetrics("orders", "shipping")
			.uids("user-10442", "user-20881", "user-31007")
			.tags("orders", "eu")
			.build();
	}

	private static String baseUrl() {
		String value = System.getenv("PUSHPAD_BENCHMARKS_BASE_URL");
		return (value != null && !value.isBlank()) ? value : "http://127.0.0.1:18080/api/v1";
	}

}
