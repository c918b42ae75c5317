package xyz.pushpad.boot.autoconfigure;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LazyRequestFactoryTests {

	private final AtomicInteger builds = new AtomicInteger();

	@Test
	void concurrentFirstRequestsBuildOnce() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		LazyRequestFactory lazy = new LazyRequestFactory(() -> {
			this.builds.incrementAndGet();
			pause();
			return new SimpleClientHttpRequestFactory();
		});
		ClientHttpRequestFactory deferred = lazy.deferred();
		ExecutorService executor = Executors.newFixedThreadPool(16);
		try {
			List<Future<?>> requests = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				requests.add(executor.submit(() -> {
					start.await();
					return deferred.createRequest(URI.create("http://127.0.0.1:9/"), HttpMethod.GET);
				}));
			}
			start.countDown();
			for (Future<?> request : requests) {
				assertThat(request.get(10, TimeUnit.SECONDS)).isNotNull();
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.builds).hasValue(1);
	}

	@Test
	void destroyWithoutRequestBuildsNothing() throws Exception {
		LazyRequestFactory lazy = new LazyRequestFactory(() -> {
			this.builds.incrementAndGet();
			return new SimpleClientHttpRequestFactory();
		});
		lazy.destroy();
		assertThat(this.builds).hasValue(0);
		assertThatIllegalStateException().isThrownBy(lazy::get).withMessageContaining("closed");
	}

	@Test
	void destroyClosesAutoCloseableFactory() throws Exception {
		ClosingFactory factory = new ClosingFactory();
		LazyRequestFactory lazy = new LazyRequestFactory(() -> factory);
		assertThat(lazy.get()).isSameAs(factory);
		lazy.destroy();
		assertThat(factory.closed).isTrue();
	}

	@Test
	void failedBuildIsTriedAgain() {
		LazyRequestFactory lazy = new LazyRequestFactory(() -> {
			if (this.builds.incrementAndGet() == 1) {
				throw new IllegalStateException("TLS setup failed");
			}
			return new SimpleClientHttpRequestFactory();
		});
		assertThatIllegalStateException().isThrownBy(lazy::get).withMessage("TLS setup failed");
		assertThat(lazy.get()).isInstanceOf(SimpleClientHttpRequestFactory.class);
		assertThat(this.builds).hasValue(2);
	}

	/**
	 * Holds a build long enough for every other thread to reach the factory while it is under way.
	 */
	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static final class ClosingFactory extends SimpleClientHttpRequestFactory implements AutoCloseable {

		volatile boolean closed;

		@Override
		public void close() {
			this.closed = true;
		}

	}

}
