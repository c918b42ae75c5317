package xyz.pushpad.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * JMH profiler that reports, per iteration, the CPU used by the stub server and by the benchmark JVM, in percent
 * of one core. The stub's process ids come from the environment variable {@code PUSHPAD_BENCHMARKS_STUB_PIDS}
 * (comma-separated), which run.sh sets. CPU time is read from {@code /proc/<pid>/stat}, so this works on Linux
 * only. Use it with {@code -prof xyz.pushpad.benchmarks.CpuShareProfiler}.
 */
public class CpuShareProfiler implements InternalProfiler {

	/**
	 * Clock ticks per second of {@code utime} and {@code stime} in {@code /proc/<pid>/stat}. Linux reports 100 on
	 * every common architecture ({@code getconf CLK_TCK}).
	 */
	private static final double CLOCK_TICKS_PER_SECOND = 100.0;

	private final List<Path> stubStatFiles = new ArrayList<>();

	private long startNanos;

	private long startStubTicks;

	private long startJvmCpuNanos;

	public CpuShareProfiler() {
		String pids = System.getenv("PUSHPAD_BENCHMARKS_STUB_PIDS");
		if (pids != null) {
			for (String pid : pids.split(",")) {
				if (!pid.isBlank()) {
					this.stubStatFiles.add(Path.of("/proc", pid.strip(), "stat"));
				}
			}
		}
	}

	@Override
	public String getDescription() {
		return "CPU share of the stub server (PUSHPAD_BENCHMARKS_STUB_PIDS) and of the benchmark JVM";
	}

	@Override
	public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
		this.startStubTicks = stubTicks();
		this.startJvmCpuNanos = jvmCpuNanos();
		this.startNanos = System.nanoTime();
	}

	@Override
	public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
			IterationParams iterationParams, IterationResult result) {
		double wallSeconds = (System.nanoTime() - this.startNanos) / 1e9;
		double stubSeconds = (stubTicks() - this.startStubTicks) / CLOCK_TICKS_PER_SECOND;
		double jvmSeconds = (jvmCpuNanos() - this.startJvmCpuNanos) / 1e9;
		List<Result> results = new ArrayList<>();
		if (!this.stubStatFiles.isEmpty()) {
			results.add(new ScalarResult("cpu.stub", 100 * stubSeconds / wallSeconds, "%", AggregationPolicy.AVG));
		}
		results.add(new ScalarResult("cpu.jvm", 100 * jvmSeconds / wallSeconds, "%", AggregationPolicy.AVG));
		return results;
	}

	private long stubTicks() {
		long ticks = 0;
		for (Path statFile : this.stubStatFiles) {
			ticks += cpuTicks(statFile);
		}
		return ticks;
	}

	/**
	 * Reads user plus system time of one process, fields 14 ({@code utime}) and 15 ({@code stime}). The command
	 * name in field 2 may contain spaces, so the fields are counted from the closing parenthesis after it.
	 */
	private static long cpuTicks(Path statFile) {
		try {
			String stat = Files.readString(statFile);
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (NoSuchFileException ex) {
			throw new IllegalStateException("Stub process " + statFile.getParent().getFileName()
					+ " is not running; check PUSHPAD_BENCHMARKS_STUB_PIDS", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to read " + statFile, ex);
		}
	}

	private static long jvmCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

}
