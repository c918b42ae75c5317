package xyz.pushpad.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

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
 * Base of the single-thread call benchmarks: one client per transport, the same JMH settings, and a check of each
 * call's response before the measurement. Subclasses name their benchmark methods after the calls, so the report
 * pairs each result with the floor's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
public abstract class CallBenchmark {

	@Param({ "JDK", "HTTP_COMPONENTS" })
	Transport transport;

	Transport.Clients clients;

	@Setup
	public void open() {
		this.clients = this.transport.open();
		prepare();
		Responses.check(createNotification());
		Responses.check(getNotification());
		checkListing();
	}

	@TearDown
	public void close() throws IOException {
		this.clients.close();
	}

	/**
	 * Builds what the calls need on top of {@link #clients}, before the responses are checked.
	 */
	abstract void prepare();

	public abstract NotificationCreateResult createNotification();

	public abstract Notification getNotification();

	/**
	 * Checks the result of the subclass's {@code listSubscriptions}, which returns a page with or without its total
	 * count.
	 */
	abstract void checkListing();

}
