package xyz.pushpad.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.context.ConfigurableApplicationContext;

import xyz.pushpad.client.PushpadOperations;
import xyz.pushpad.client.notification.Notification;

/**
 * First call through the auto-configured template after the application started in a new JVM. The starter builds
 * the HTTP client on that call rather than at start-up, so the call includes that cost. The context starts in the
 * setup, outside the measured time, once per fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FirstCallBenchmark {

	private ConfigurableApplicationContext context;

	private PushpadOperations template;

	@Setup(Level.Trial)
	public void start() {
		this.context = StartupBenchmark.run("with");
		this.template = this.context.getBean(PushpadOperations.class);
	}

	@Benchmark
	@Fork(10)
	@Warmup(iterations = 0)
	@Measurement(iterations = 1)
	public Notification firstCall() {
		Notification notification = this.template.getNotification(Stub.NOTIFICATION_ID);
		Responses.check(notification);
		return notification;
	}

	@TearDown(Level.Trial)
	public void close() {
		this.context.close();
	}

}
