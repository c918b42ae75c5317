package xyz.pushpad.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import org.openjdk.jmh.annotations.Benchmark;

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
public class RequestFactoryBenchmark extends CallBenchmark {

	private static final URI CREATE_URI = URI.create(Stub.BASE_URL + "/projects/" + Stub.PROJECT_ID + "/notifications");

	private static final URI GET_URI = URI.create(Stub.BASE_URL + "/notifications/" + Stub.NOTIFICATION_ID);

	private static final URI LIST_URI = URI.create(Stub.BASE_URL + "/projects/" + Stub.PROJECT_ID
			+ "/subscriptions?page=1&per_page=" + Stub.PER_PAGE);

	private ClientHttpRequestFactory requestFactory;

	private byte[] notificationJson;

	@Override
	void prepare() {
		this.requestFactory = this.clients.requestFactory();
		this.notificationJson = FloorClient.JSON_MAPPER.writeValueAsBytes(Stub.fullNotification());
	}

	@Override
	void checkListing() {
		Responses.check(listSubscriptions());
	}

	@Override
	@Benchmark
	public NotificationCreateResult createNotification() {
		return FloorClient.JSON_MAPPER.readValue(exchange(HttpMethod.POST, CREATE_URI, this.notificationJson, null),
				NotificationCreateResult.class);
	}

	@Override
	@Benchmark
	public Notification getNotification() {
		return FloorClient.JSON_MAPPER.readValue(exchange(HttpMethod.GET, GET_URI, null, null), Notification.class);
	}

	@Benchmark
	public SubscriptionPage listSubscriptions() {
		long[] totalCount = { -1 };
		byte[] body = exchange(HttpMethod.GET, LIST_URI, null, totalCount);
		List<Subscription> subscriptions = FloorClient.JSON_MAPPER.readValue(body, FloorClient.SUBSCRIPTION_LIST);
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
