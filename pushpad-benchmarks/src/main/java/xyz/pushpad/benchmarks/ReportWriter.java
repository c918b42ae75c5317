package xyz.pushpad.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the Markdown report of a run to standard output: the JMH results of {@code calls-<call>.json},
 * {@code calls.json} and {@code iteration.json} in the given folder. Each RestClient and template figure is divided by the floor's on the
 * same transport, and the template's ratios are compared with their targets. Errors are JMH's 99.9% confidence half-widths. A ratio's error is
 * propagated from the relative errors of both figures, assuming they are independent.
 */
public final class ReportWriter {

	private static final List<String> CALLS = List.of("createNotification", "getNotification", "listSubscriptions");

	/**
	 * Maximum allocation per call of the template, as a multiple of the floor's, by benchmark method.
	 */
	private static final Map<String, Double> ALLOCATION_TARGETS = Map.of("createNotification", 1.3,
			"getNotification", 1.2, "listSubscriptions", 1.5);

	/**
	 * Maximum time per call of the template, as a multiple of the floor's.
	 */
	private static final double TIME_TARGET = 1.10;

	/**
	 * Maximum time the starter may add to an application's start, in milliseconds.
	 */
	private static final double STARTUP_TARGET_MS = 30;

	private final List<Measurement> measurements;

	private final StringBuilder out = new StringBuilder();

	private ReportWriter(List<Measurement> measurements) {
		this.measurements = measurements;
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("Usage: ReportWriter RESULTS_FOLDER (the folder with calls.json from run.sh)");
			System.exit(2);
		}
		Path folder = Path.of(args[0]);
		List<Measurement> measurements = new ArrayList<>();
		List<String> files = new ArrayList<>();
		CALLS.forEach((call) -> files.add("calls-" + call + ".json"));
		files.add("calls.json");
		files.add("iteration.json");
		for (String file : files) {
			Path path = folder.resolve(file);
			if (Files.exists(path)) {
				measurements.addAll(Measurement.readAll(path));
			}
		}
		ReportWriter writer = new ReportWriter(measurements);
		Path machine = folder.resolve("machine.txt");
		if (Files.exists(machine)) {
			writer.writeMachine(Files.readAllLines(machine));
		}
		writer.writeCalls();
		writer.writeConcurrency();
		writer.writeIteration();
		writer.writeStartup();
		System.out.print(writer.out);
	}

	private void writeMachine(List<String> lines) {
		this.out.append("## Machine\n\n");
		lines.forEach((line) -> this.out.append("- ").append(line).append('\n'));
		this.out.append('\n');
	}

	private void writeCalls() {
		this.out.append("## Single-thread calls\n\n")
			.append("| Call | Transport | Client | Time (us/call) | Throughput (calls/s) | Allocation (B/call) ")
			.append("| Time ratio | Allocation ratio | Stub CPU |\n")
			.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
		for (String call : CALLS) {
			for (Transport transport : Transport.values()) {
				Optional<Measurement> floor = find("FloorBenchmark." + call, "transport", transport.name());
				floor.ifPresent((measurement) -> writeCallRow(call, transport, "floor", measurement, null, false));
				find("RequestFactoryBenchmark." + call, "transport", transport.name()).ifPresent((factory) -> writeCallRow(
						call, transport, "request factory alone", factory, floor.orElse(null), false));
				find("RestClientBenchmark." + call, "transport", transport.name()).ifPresent((restClient) -> writeCallRow(
						call, transport, "RestClient alone", restClient, floor.orElse(null), false));
				for (String observations : List.of("off", "micrometer")) {
					find("TemplateBenchmark." + call, "transport", transport.name(), "observations", observations)
						.ifPresent((template) -> writeCallRow(call, transport, "template, observations " + observations,
								template, floor.orElse(null), true));
				}
			}
		}
		this.out.append("\nRatios are divided by the floor on the same transport. Targets for the template: time at most ")
			.append(TIME_TARGET)
			.append("x, allocation at most ")
			.append(ALLOCATION_TARGETS.get("createNotification"))
			.append("x per send, ")
			.append(ALLOCATION_TARGETS.get("getNotification"))
			.append("x per get, ")
			.append(ALLOCATION_TARGETS.get("listSubscriptions"))
			.append("x per page of 30 subscriptions.\n\n");
	}

	private void writeCallRow(String call, Transport transport, String client, Measurement measurement,
			Measurement floor, boolean hasTargets) {
		Figure time = measurement.primary();
		Figure allocation = measurement.secondary("gc.alloc.rate.norm");
		Figure throughput = time.inverse(1e6);
		String timeRatio = "";
		String allocationRatio = "";
		if (floor != null) {
			timeRatio = ratio(time, floor.primary(), hasTargets ? TIME_TARGET : null);
			allocationRatio = ratio(allocation, floor.secondary("gc.alloc.rate.norm"),
					hasTargets ? ALLOCATION_TARGETS.get(call) : null);
		}
		row(call, transport.name(), client, time.format(1), throughput.format(0), allocation.format(0), timeRatio,
				allocationRatio, measurement.secondary("cpu.stub").format(0) + " %");
	}

	private void writeConcurrency() {
		List<Measurement> sends = this.measurements.stream()
			.filter((m) -> m.name().startsWith("ConcurrentSendBenchmark."))
			.sorted((a, b) -> Integer.compare(a.threads(), b.threads()))
			.toList();
		if (sends.isEmpty()) {
			return;
		}
		this.out.append("## Sends from several threads through one template\n\n")
			.append("| Threads | Transport | Throughput (sends/s) | Time per send (us, threads / throughput) ")
			.append("| Allocation (B/send) | Stub CPU | JVM CPU |\n")
			.append("| --- | --- | --- | --- | --- | --- | --- |\n");
		for (Transport transport : Transport.values()) {
			for (Measurement send : sends) {
				if (!transport.name().equals(send.params().get("transport"))) {
					continue;
				}
				Figure throughput = send.primary();
				Figure latency = throughput.inverse(1e6 * send.threads());
				row(String.valueOf(send.threads()), transport.name(), throughput.format(0), latency.format(1),
						send.secondary("gc.alloc.rate.norm").format(0), send.secondary("cpu.stub").format(0) + " %",
						send.secondary("cpu.jvm").format(0) + " %");
			}
		}
		this.out.append('\n');
	}

	private void writeIteration() {
		for (Measurement iteration : this.measurements) {
			if (!iteration.name().startsWith("SubscriptionIterationBenchmark.")) {
				continue;
			}
			double seconds = iteration.primary().score();
			double pages = Math.ceil((double) Stub.TOTAL_SUBSCRIPTIONS / Stub.PER_PAGE);
			this.out.append("## Lazy iteration over ")
				.append(String.format(Locale.ROOT, "%,d", Stub.TOTAL_SUBSCRIPTIONS))
				.append(" subscriptions (")
				.append(iteration.params().getOrDefault("transport", ""))
				.append(")\n\n")
				.append("| Figure | Value |\n| --- | --- |\n");
			row("time (s)", iteration.primary().format(2));
			row("pages of " + Stub.PER_PAGE + " per second", String.format(Locale.ROOT, "%,.0f", pages / seconds));
			row("subscriptions per second",
					String.format(Locale.ROOT, "%,.0f", Stub.TOTAL_SUBSCRIPTIONS / seconds));
			row("allocation per page (B)", String.format(Locale.ROOT, "%,.0f",
					iteration.secondary("gc.alloc.rate.norm").score() / pages));
			row("peak heap in use (MB)", iteration.secondary("heap.peak").format(1));
			row("maximum heap (MB)", iteration.secondary("heap.max").format(1));
			row("stub CPU", iteration.secondary("cpu.stub").format(0) + " %");
			this.out.append('\n');
		}
	}

	private void writeStartup() {
		boolean any = false;
		for (String method : List.of("coldStart", "warmStart")) {
			Optional<Measurement> without = find("StartupBenchmark." + method, "starter", "without");
			Optional<Measurement> with = find("StartupBenchmark." + method, "starter", "with");
			if (without.isEmpty() || with.isEmpty()) {
				continue;
			}
			if (!any) {
				this.out.append("## Application start-up\n\n")
					.append("| Start | Without the starter (ms) | With the starter (ms) | Added (ms) | Target |\n")
					.append("| --- | --- | --- | --- | --- |\n");
				any = true;
			}
			Figure before = without.get().primary();
			Figure after = with.get().primary();
			Figure added = new Figure(after.score() - before.score(),
					Math.sqrt(square(after.error()) + square(before.error())));
			String verdict = (added.score() + added.error() < STARTUP_TARGET_MS) ? "met"
					: (added.score() < STARTUP_TARGET_MS) ? "met by the figure, not by its error" : "missed";
			row(method.equals("coldStart") ? "first start in a new JVM" : "repeated start in one JVM",
					before.format(1), after.format(1), added.format(1),
					"< " + (int) STARTUP_TARGET_MS + " ms: " + verdict);
		}
		if (any) {
			this.out.append('\n');
		}
		find("FirstCallBenchmark.firstCall").ifPresent((firstCall) -> this.out
			.append("The first call through the template after a start in a new JVM, which builds the HTTP client, took ")
			.append(firstCall.primary().format(1))
			.append(" ms.\n\n"));
	}

	/**
	 * Formats {@code value / floor} with its error and, when a target is given, whether the ratio meets it.
	 */
	private static String ratio(Figure value, Figure floor, Double target) {
		double ratio = value.score() / floor.score();
		double error = ratio * Math.sqrt(square(value.relativeError()) + square(floor.relativeError()));
		String figure = new Figure(ratio, error).format(3);
		if (target == null) {
			return figure;
		}
		String verdict = (ratio <= target) ? "met" : "missed";
		return String.format(Locale.ROOT, "%s (<= %.2f: %s)", figure, target, verdict);
	}

	private static double square(double value) {
		return value * value;
	}

	private void row(String... cells) {
		this.out.append("| ").append(String.join(" | ", cells)).append(" |\n");
	}

	private Optional<Measurement> find(String name, String... params) {
		return this.measurements.stream().filter((m) -> m.name().equals(name) && m.hasParams(params)).findFirst();
	}

	/**
	 * Score of a JMH metric with its error; the error is NaN when JMH could not compute one.
	 */
	record Figure(double score, double error) {

		static final Figure MISSING = new Figure(Double.NaN, Double.NaN);

		double relativeError() {
			return this.error / this.score;
		}

		/**
		 * Returns {@code numerator / this}, such as a throughput from a time per call, with the same relative
		 * error.
		 */
		Figure inverse(double numerator) {
			double value = numerator / this.score;
			return new Figure(value, value * relativeError());
		}

		String format(int decimals) {
			if (Double.isNaN(this.score)) {
				return "n/a";
			}
			String pattern = "%,." + decimals + "f";
			String score = String.format(Locale.ROOT, pattern, this.score);
			return Double.isNaN(this.error) ? score : score + " ± " + String.format(Locale.ROOT, pattern, this.error);
		}

		static Figure of(JsonNode metric) {
			if (metric.isMissingNode()) {
				return MISSING;
			}
			return new Figure(number(metric.path("score")), number(metric.path("scoreError")));
		}

		/**
		 * Reads a number that JMH writes either as a JSON number or, for NaN, as the string {@code "NaN"}.
		 */
		private static double number(JsonNode node) {
			return node.isNumber() ? node.doubleValue() : Double.NaN;
		}

	}

	/**
	 * One benchmark result of a JMH JSON file.
	 * @param name simple class name and method, such as {@code FloorBenchmark.getNotification}
	 * @param threads number of threads that ran the benchmark
	 * @param params benchmark parameters
	 * @param result the result object as JMH wrote it
	 */
	record Measurement(String name, int threads, Map<String, String> params, JsonNode result) {

		static List<Measurement> readAll(Path file) {
			JsonNode results = JsonMapper.shared().readTree(file.toFile());
			List<Measurement> measurements = new ArrayList<>();
			for (JsonNode result : results) {
				String benchmark = result.path("benchmark").asString();
				String[] parts = benchmark.split("\\.");
				String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
				Map<String, String> params = new TreeMap<>();
				result.path("params").properties().forEach((entry) -> params.put(entry.getKey(), entry.getValue().asString()));
				measurements.add(new Measurement(name, result.path("threads").asInt(1), params, result));
			}
			return measurements;
		}

		boolean hasParams(String... nameValuePairs) {
			for (int i = 0; i < nameValuePairs.length; i += 2) {
				if (!nameValuePairs[i + 1].equals(this.params.get(nameValuePairs[i]))) {
					return false;
				}
			}
			return true;
		}

		Figure primary() {
			return Figure.of(this.result.path("primaryMetric"));
		}

		Figure secondary(String metric) {
			return Figure.of(this.result.path("secondaryMetrics").path(metric));
		}

	}

}
