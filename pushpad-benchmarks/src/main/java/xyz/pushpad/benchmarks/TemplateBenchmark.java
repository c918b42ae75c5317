package xyz.pushpad.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

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
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
public class TemplateBenchmark {

	@Param({ "JDK", "HTTP_COMPONENTS" })
	Transport transport;

	/**
	 * {@code off}: no observation registry. {@code micrometer}: the template's and the RestClient's observations
	 * recorded as timers into a {@link SimpleMeterRegistry}, as an application with Spring Boot Actuator would.
	 */
	@Param({ "off", "micrometer" })
	String observations;

	private Transport.Clients clients;

	private PushpadTemplate template;

	private NotificationRequest notification;

	@Setup
	public void open() {
		this.clients = this.transport.open();
		this.template = Templates.create(this.clients, observationRegistry(this.observations));
		this.notification = Stub.fullNotification();
		Responses.check(createNotification());
		Responses.check(getNotification());
		Responses.check(listSubscriptions());
	}

	@TearDown
	public void close() throws IOException {
		this.clients.close();
	}

	@Benchmark
	public NotificationCreateResult createNotification() {
		return this.template.createNotification(this.notification);
	}

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
