package xyz.pushpad.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;

import xyz.pushpad.client.notification.Notification;
import xyz.pushpad.client.notification.NotificationCreateResult;

/**
 * The floor of each call: the HTTP client used directly, one thread. {@link TemplateBenchmark} has the same method
 * names, so each of its results pairs with one result here.
 */
public class FloorBenchmark extends CallBenchmark {

	private byte[] notificationJson;

	@Override
	void prepare() {
		this.notificationJson = FloorClient.JSON_MAPPER.writeValueAsBytes(Stub.fullNotification());
	}

	@Override
	void checkListing() {
		Responses.check(listSubscriptions());
	}

	@Override
	@Benchmark
	public NotificationCreateResult createNotification() {
		return this.clients.floor().createNotification(this.notificationJson);
	}

	@Override
	@Benchmark
	public Notification getNotification() {
		return this.clients.floor().getNotification(Stub.NOTIFICATION_ID);
	}

	@Benchmark
	public SubscriptionPage listSubscriptions() {
		return this.clients.floor().listSubscriptions(1, Stub.PER_PAGE);
	}

}
