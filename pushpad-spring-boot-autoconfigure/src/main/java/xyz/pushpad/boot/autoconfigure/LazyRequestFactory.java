package xyz.pushpad.boot.autoconfigure;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * Request factory of the auto-configured template, built on the first request rather than when the context starts.
 * Building one can load an HTTP client library and initialize TLS. Built at start-up, Apache HttpClient 5 added
 * about 230 ms to the first start of an application in the start-up benchmark, even one that never sends. When the
 * context closes, a factory that was built is destroyed, which closes an Apache HttpClient and its connection pool.
 */
final class LazyRequestFactory implements DisposableBean {

	private final Supplier<ClientHttpRequestFactory> builder;

	private volatile @Nullable ClientHttpRequestFactory requestFactory;

	private volatile boolean destroyed;

	LazyRequestFactory(Supplier<ClientHttpRequestFactory> builder) {
		this.builder = builder;
	}

	/**
	 * Returns a request factory that builds the real one when it creates its first request.
	 */
	ClientHttpRequestFactory deferred() {
		return (uri, method) -> get().createRequest(uri, method);
	}

	/**
	 * Returns the request factory, built now if no request has needed it yet.
	 * @throws IllegalStateException if the context has closed
	 */
	ClientHttpRequestFactory get() {
		checkOpen();
		ClientHttpRequestFactory factory = this.requestFactory;
		if (factory == null) {
			synchronized (this) {
				checkOpen();
				factory = this.requestFactory;
				if (factory == null) {
					factory = this.builder.get();
					this.requestFactory = factory;
				}
			}
		}
		return factory;
	}

	private void checkOpen() {
		if (this.destroyed) {
			throw new IllegalStateException("The Pushpad template's HTTP client was closed with its application "
					+ "context: get the template from a running context");
		}
	}

	@Override
	public void destroy() throws Exception {
		ClientHttpRequestFactory factory;
		synchronized (this) {
			this.destroyed = true;
			factory = this.requestFactory;
		}
		if (factory instanceof DisposableBean disposable) {
			disposable.destroy();
		}
		else if (factory instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

}
