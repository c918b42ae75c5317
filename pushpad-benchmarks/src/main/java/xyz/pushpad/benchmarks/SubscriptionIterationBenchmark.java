package xyz.pushpad.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
import xyz.pushpad.client.subscription.Subscription;
import xyz.pushpad.client.subscription.SubscriptionFilter;

/**
 * Streams all 1,000,000 subscriptions of the stub, 30 per page, through {@link PushpadTemplate} in a JVM with a
 * 64 MB heap. The run fails with {@link OutOfMemoryError} if the stream keeps pages it has passed. One operation
 * is the whole stream of 33,334 requests, and the last page, with 10 subscriptions, ends it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xms64m", "-Xmx64m" })
public class SubscriptionIterationBenchmark {

	@Param({ "JDK", "HTTP_COMPONENTS" })
	Transport transport;

	private Transport.Clients clients;

	private PushpadTemplate template;

	@Setup
	public void open() {
		this.clients = this.transport.open();
		this.template = Templates.create(this.clients, ObservationRegistry.NOOP);
	}

	@TearDown
	public void close() throws IOException {
		this.clients.close();
	}

	@Benchmark
	public long streamAllSubscriptions() {
		long count = 0;
		long idSum = 0;
		try (Stream<Subscription> subscriptions = this.template.streamSubscriptions(SubscriptionFilter.all())) {
			for (Subscription subscription : (Iterable<Subscription>) subscriptions::iterator) {
				count++;
				idSum += subscription.id();
			}
		}
		if (count != Stub.TOTAL_SUBSCRIPTIONS) {
			throw new IllegalStateException(
					"Streamed " + count + " subscriptions where " + Stub.TOTAL_SUBSCRIPTIONS + " were expected");
		}
		return idSum;
	}

}
