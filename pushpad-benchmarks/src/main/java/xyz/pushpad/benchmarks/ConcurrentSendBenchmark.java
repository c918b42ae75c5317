package xyz.pushpad.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import xyz.pushpad.client.PushpadTemplate;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.notification.NotificationRequest;

/**
 * Sends from 1, 8 and 64 threads through one shared {@link PushpadTemplate}, observations off. The HTTP client's
 * pool allows {@value Transport#MAX_CONNECTIONS} connections, so no thread waits for a connection.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
public class ConcurrentSendBenchmark {

	@Param({ "JDK", "HTTP_COMPONENTS" })
	Transport transport;

	private Transport.Clients clients;

	private PushpadTemplate template;

	private NotificationRequest notification;

	@Setup
	public void open() {
		this.clients = this.transport.open();
		this.template = Templates.create(this.clients, ObservationRegistry.NOOP);
		this.notification = Stub.fullNotification();
		Responses.check(this.template.createNotification(this.notification));
	}

	@TearDown
	public void close() throws IOException {
		this.clients.close();
	}

	@Benchmark
	@Threads(1)
	public NotificationCreateResult send1Thread() {
		return this.template.createNotification(this.notification);
	}

	@Benchmark
	@Threads(8)
	public NotificationCreateResult send8Threads() {
		return this.template.createNotification(this.notification);
	}

	@Benchmark
	@Threads(64)
	public NotificationCreateResult send64Threads() {
		return this.template.createNotification(this.notification);
	}

}
