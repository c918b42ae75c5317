package xyz.pushpad.benchmarks;

import java.io.Closeable;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * HTTP client that {@link xyz.pushpad.client.PushpadTemplate} can run on. The floor and the template of one
 * transport share the same client settings, so that only the template's own work differs between them.
 */
public enum Transport {

	/**
	 * The JDK {@link HttpClient}, limited to HTTP/1.1 because the stub does not speak cleartext HTTP/2.
	 */
	JDK {
		@Override
		Clients open() {
			HttpClient client = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(CONNECT_TIMEOUT)
				.build();
			JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
			factory.setReadTimeout(READ_TIMEOUT);
			return new Clients(new JdkFloorClient(client, READ_TIMEOUT), factory, () -> {
			});
		}
	},

	/**
	 * Apache HttpClient 5, classic (blocking) API, with a connection pool large enough for the 64-thread
	 * benchmark.
	 */
	HTTP_COMPONENTS {
		@Override
		Clients open() {
			ConnectionConfig connectionConfig = ConnectionConfig.custom()
				.setConnectTimeout(Timeout.of(CONNECT_TIMEOUT))
				.setSocketTimeout(Timeout.of(READ_TIMEOUT))
				.build();
			CloseableHttpClient client = HttpClients.custom()
				.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
					.setDefaultConnectionConfig(connectionConfig)
					.setMaxConnPerRoute(MAX_CONNECTIONS)
					.setMaxConnTotal(MAX_CONNECTIONS)
					.build())
				.setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(READ_TIMEOUT)).build())
				.build();
			return new Clients(new HttpComponentsFloorClient(client), new HttpComponentsClientHttpRequestFactory(client),
					client);
		}
	};

	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

	static final int MAX_CONNECTIONS = 128;

	/**
	 * Creates a new HTTP client of this kind, wrapped for the floor and for the template.
	 */
	abstract Clients open();

	/**
	 * One HTTP client, usable directly as the floor or through a request factory by the template.
	 * @param floor raw calls on the client
	 * @param requestFactory Spring's request factory on the same client
	 * @param resources what {@link #close()} releases
	 */
	record Clients(FloorClient floor, ClientHttpRequestFactory requestFactory, Closeable resources) implements Closeable {

		@Override
		public void close() throws IOException {
			this.resources.close();
		}

	}

}
