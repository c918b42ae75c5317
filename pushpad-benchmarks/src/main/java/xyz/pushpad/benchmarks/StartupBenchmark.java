package xyz.pushpad.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import xyz.pushpad.client.PushpadOperations;

/**
 * Start-up of a Spring Boot application with and without the Pushpad auto-configuration. Both run on the same
 * class path, which includes {@code spring-boot-starter-restclient}. {@code without} excludes
 * {@code PushpadAutoConfiguration}. {@code with} sets the auth token, so the template bean is created.
 *
 * <p>{@code coldStart} is the first start in a new JVM, class loading included, once per fork.
 * {@code warmStart} starts the application again and again in one JVM. The template's HTTP client is built on its
 * first call, which {@link FirstCallBenchmark} measures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StartupBenchmark {

	@Param({ "without", "with" })
	String starter;

	private ConfigurableApplicationContext context;

	@Benchmark
	@Fork(20)
	@Warmup(iterations = 0)
	@Measurement(iterations = 1)
	public ConfigurableApplicationContext coldStart() {
		return start();
	}

	@Benchmark
	@Fork(1)
	@Warmup(iterations = 20)
	@Measurement(iterations = 30)
	public ConfigurableApplicationContext warmStart() {
		return start();
	}

	@TearDown(Level.Iteration)
	public void close() {
		if (this.context != null) {
			this.context.close();
			this.context = null;
		}
	}

	private ConfigurableApplicationContext start() {
		this.context = run(this.starter);
		boolean hasTemplate = !this.context.getBeansOfType(PushpadOperations.class).isEmpty();
		if (hasTemplate != "with".equals(this.starter)) {
			throw new IllegalStateException("Pushpad template bean present: " + hasTemplate + ", with starter="
					+ this.starter + "; check the auto-configuration");
		}
		return this.context;
	}

	/**
	 * Starts the benchmark application, with the Pushpad auto-configuration excluded for {@code without}.
	 */
	static ConfigurableApplicationContext run(String starter) {
		return new SpringApplicationBuilder(BenchmarkApplication.class).web(WebApplicationType.NONE)
			.properties(properties(starter))
			.run();
	}

	private static Map<String, Object> properties(String starter) {
		Map<String, Object> common = Map.of("spring.main.banner-mode", "off", "spring.main.log-startup-info",
				"false", "logging.level.root", "warn");
		return switch (starter) {
			case "without" -> merge(common,
					Map.of("spring.autoconfigure.exclude", "xyz.pushpad.boot.autoconfigure.PushpadAutoConfiguration"));
			case "with" -> merge(common, Map.of("pushpad.auth-token", Stub.AUTH_TOKEN, "pushpad.project-id",
					Stub.PROJECT_ID, "pushpad.base-url", Stub.BASE_URL));
			default -> throw new IllegalArgumentException(
					"Invalid starter parameter '" + starter + "': use without or with");
		};
	}

	private static Map<String, Object> merge(Map<String, Object> first, Map<String, Object> second) {
		Map<String, Object> merged = new HashMap<>(first);
		merged.putAll(second);
		return merged;
	}

	/**
	 * Application with nothing of its own, so start-up is Spring Boot's auto-configuration alone.
	 */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class BenchmarkApplication {

	}

}
