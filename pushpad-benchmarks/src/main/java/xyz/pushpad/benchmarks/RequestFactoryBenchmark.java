package xyz.pushpad.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
import tools.jackson.databind.JavaType;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

import xyz.pushpad.client.PushpadTemplate;
import xyz.pushpad.client.notification.Notification;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.subscription.Subscription;

/**
 * Spring's {@link ClientHttpRequestFactory} used directly, without {@code RestClient}, to show what Spring's HTTP
 * layer costs on its own. Requests carry the template's headers with lower-case names, the notification is
 * pre-serialized, and each response body is read into an array of its {@code Content-Length} and parsed with the
 * floor's mapper.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
public class RequestFactoryBenchmark {

	private static final URI CREATE_URI = URI.create(Stub.BASE_URL + "/projects/" + Stub.PROJECT_ID + "/notifications");

	private static final URI GET_URI = URI.create(Stub.BASE_URL + "/notifications/" + Stub.NOTIFICATION_ID);

	private static final URI LIST_URI = URI.create(Stub.BASE_URL + "/projects/" + Stub.PROJECT_ID
			+ "/subscriptions?page=1&per_page=" + Stub.PER_PAGE);

	@Param({ "JDK", "HTTP_COMPONENTS" })
	Transport transport;

	private Transport.Clients clients;

	private ClientHttpRequestFactory requestFactory;

	private byte[] notificationJson;

	@Setup
	public void open() {
		this.clients = this.transport.open();
		this.requestFactory = this.clients.requestFactory();
		this.notificationJson = FloorClient.JSON_MAPPER.writeValueAsBytes(Stub.fullNotification());
		Responses.check(createNotification());
		Responses.check(getNotification());
		Responses.check(listSubscriptions());
	}

	@TearDown
	public void close() throws IOException {
		this.clients.close();
	}

	@Benchmark
	public NotificationCreateResult createNotification() {
		return FloorClient.JSON_MAPPER.readValue(exchange(HttpMethod.POST, CREATE_URI, this.notificationJson, null),
				NotificationCreateResult.class);
	}

	@Benchmark
	public Notification getNotification() {
		return FloorClient.JSON_MAPPER.readValue(exchange(HttpMethod.GET, GET_URI, null, null), Notification.class);
	}

	@Benchmark
	public SubscriptionPage listSubscriptions() {
		long[] totalCount = { -1 };
		byte[] body = exchange(HttpMethod.GET, LIST_URI, null, totalCount);
		JavaType type = FloorClient.SUBSCRIPTION_LIST;
		List<Subscription> subscriptions = FloorClient.JSON_MAPPER.readValue(body, type);
		return new SubscriptionPage(subscriptions, totalCount[0]);
	}

	private byte[] exchange(HttpMethod method, URI uri, byte[] body, long[] totalCount) {
		try {
			ClientHttpRequest request = this.requestFactory.createRequest(uri, method);
			HttpHeaders headers = request.getHeaders();
			headers.set("authorization", FloorClient.AUTHORIZATION);
			headers.set("accept", "application/json");
			headers.set("user-agent", PushpadTemplate.USER_AGENT);
			if (body != null) {
				headers.set("content-type", "application/json");
				headers.set("content-length", Integer.toString(body.length));
				request.getBody().write(body);
			}
			try (ClientHttpResponse response = request.execute()) {
				int status = response.getStatusCode().value();
				if (status < 200 || status > 299) {
					throw new IllegalStateException(method + " " + uri + " returned " + status);
				}
				if (totalCount != null) {
					totalCount[0] = Long.parseLong(response.getHeaders().getFirst(FloorClient.TOTAL_COUNT_HEADER));
				}
				return readAll(response.getBody(), (int) response.getHeaders().getContentLength());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + uri + " failed", ex);
		}
	}

	private static byte[] readAll(InputStream body, int length) throws IOException {
		byte[] buffer = new byte[length];
		int read = 0;
		while (read < length) {
			int count = body.read(buffer, read, length - read);
			if (count < 0) {
				throw new IOException("Body ended after " + read + " of " + length + " bytes");
			}
			read += count;
		}
		return buffer;
	}

}
