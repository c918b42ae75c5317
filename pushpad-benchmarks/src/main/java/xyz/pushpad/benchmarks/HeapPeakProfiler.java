package xyz.pushpad.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
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
 * JMH profiler that samples the heap every 5 ms during each iteration and reports, in MB, the largest heap in use
 * ({@code heap.peak}, garbage included) and the maximum heap size ({@code heap.max}). Use it with
 * {@code -prof xyz.pushpad.benchmarks.HeapPeakProfiler}.
 */
public class HeapPeakProfiler implements InternalProfiler {

	private static final double BYTES_PER_MB = 1024.0 * 1024.0;

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private volatile boolean sampling;

	private volatile long peakUsed;

	private Thread sampler;

	@Override
	public String getDescription() {
		return "Peak heap in use, sampled every 5 ms";
	}

	@Override
	public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
		this.peakUsed = 0;
		this.sampling = true;
		this.sampler = new Thread(this::sample, "heap-peak-sampler");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	@Override
	public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
			IterationParams iterationParams, IterationResult result) {
		this.sampling = false;
		try {
			this.sampler.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return List.of(new ScalarResult("heap.peak", this.peakUsed / BYTES_PER_MB, "MB", AggregationPolicy.MAX),
				new ScalarResult("heap.max", this.memory.getHeapMemoryUsage().getMax() / BYTES_PER_MB, "MB",
						AggregationPolicy.MAX));
	}

	private void sample() {
		while (this.sampling) {
			this.peakUsed = Math.max(this.peakUsed, this.memory.getHeapMemoryUsage().getUsed());
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

}
