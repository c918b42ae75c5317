package xyz.pushpad.benchmarks;

import java.util.List;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

import xyz.pushpad.client.PushpadTemplate;
import xyz.pushpad.client.notification.Notification;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.notification.NotificationRequest;
import xyz.pushpad.client.subscription.Subscription;
import xyz.pushpad.client.subscription.SubscriptionFilter;

/**
 * {@link PushpadTemplate} on the same HTTP clients as {@link FloorBenchmark}, one thread, with observations off
 * or recorded into a Micrometer {@link SimpleMeterRegistry}. Method names match {@link FloorBenchmark}'s.
 */
public class TemplateBenchmark extends CallBenchmark {

	/**
	 * {@code off}: no observation registry. {@code micrometer}: the template's and the RestClient's observations
	 * recorded as timers into a {@link SimpleMeterRegistry}, as an application with Spring Boot Actuator would.
	 */
	@Param({ "off", "micrometer" })
	String observations;

	private PushpadTemplate template;

	private NotificationRequest notification;

	@Override
	void prepare() {
		this.template = Templates.create(this.clients, observationRegistry(this.observations));
		this.notification = Stub.fullNotification();
	}

	@Override
	void checkListing() {
		Responses.check(listSubscriptions());
	}

	@Override
	@Benchmark
	public NotificationCreateResult createNotification() {
		return this.template.createNotification(this.notification);
	}

	@Override
	@Benchmark
	public Notification getNotification() {
		return this.template.getNotification(Stub.NOTIFICATION_ID);
	}

	@Benchmark
	public List<Subscription> listSubscriptions() {
		return this.template.listSubscriptions(SubscriptionFilter.all(), 1, Stub.PER_PAGE);
	}

	static ObservationRegistry observationRegistry(String observations) {
		return switch (observations) {
			case "off" -> ObservationRegistry.NOOP;
			case "micrometer" -> {
				ObservationRegistry registry = ObservationRegistry.create();
				registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(new SimpleMeterRegistry()));
				yield registry;
			}
			default -> throw new IllegalArgumentException(
					"Invalid observations parameter '" + observations + "': use off or micrometer");
		};
	}

}
