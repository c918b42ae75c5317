package xyz.pushpad.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

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

import xyz.pushpad.client.notification.Notification;
import xyz.pushpad.client.notification.NotificationCreateResult;

/**
 * The floor of each call: the HTTP client used directly, one thread. {@link TemplateBenchmark} has the same method
 * names, so each of its results pairs with one result here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
public class FloorBenchmark {

	@Param({ "JDK", "HTTP_COMPONENTS" })
	Transport transport;

	private Transport.Clients clients;

	private byte[] notificationJson;

	@Setup
	public void open() {
		this.clients = this.transport.open();
		this.notificationJson = FloorClient.JSON_MAPPER.writeValueAsBytes(Stub.fullNotification());
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
		return this.clients.floor().createNotification(this.notificationJson);
	}

	@Benchmark
	public Notification getNotification() {
		return this.clients.floor().getNotification(Stub.NOTIFICATION_ID);
	}

	@Benchmark
	public SubscriptionPage listSubscriptions() {
		return this.clients.floor().listSubscriptions(1, Stub.PER_PAGE);
	}

}
