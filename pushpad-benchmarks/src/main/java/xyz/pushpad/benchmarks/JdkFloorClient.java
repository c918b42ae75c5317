package xyz.pushpad.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import xyz.pushpad.client.PushpadTemplate;
import xyz.pushpad.client.notification.Notification;
import xyz.pushpad.client.notification.NotificationCreateResult;

/**
 * Floor on the JDK {@link HttpClient}: a request built per call, the body read into a byte array, then parsed.
 */
final class JdkFloorClient implements FloorClient {

	private final HttpClient client;

	private final Duration readTimeout;

	JdkFloorClient(HttpClient client, Duration readTimeout) {
		this.client = client;
		this.readTimeout = readTimeout;
	}

	@Override
	public NotificationCreateResult createNotification(byte[] json) {
		HttpRequest request = newRequest("/projects/" + Stub.PROJECT_ID + "/notifications")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(json))
			.build();
		byte[] body = send(request, 201);
		return JSON_MAPPER.readValue(body, NotificationCreateResult.class);
	}

	@Override
	public Notification getNotification(long notificationId) {
		HttpRequest request = newRequest("/notifications/" + notificationId).GET().build();
		byte[] body = send(request, 200);
		return JSON_MAPPER.readValue(body, Notification.class);
	}

	@Override
	public SubscriptionPage listSubscriptions(int page, int perPage) {
		HttpRequest request = newRequest(
				"/projects/" + Stub.PROJECT_ID + "/subscriptions?page=" + page + "&per_page=" + perPage)
			.GET()
			.build();
		HttpResponse<byte[]> response = exchange(request, 200);
		long totalCount = response.headers().firstValueAsLong(TOTAL_COUNT_HEADER).orElse(-1);
		return new SubscriptionPage(JSON_MAPPER.readValue(response.body(), SUBSCRIPTION_LIST), totalCount);
	}

	HttpRequest.Builder newRequest(String path) {
		return HttpRequest.newBuilder(URI.create(Stub.BASE_URL + path))
			.timeout(this.readTimeout)
			.header("Authorization", AUTHORIZATION)
			.header("Accept", "application/json")
			.header("User-Agent", PushpadTemplate.USER_AGENT);
	}

	HttpResponse<byte[]> exchange(HttpRequest request, int expectedStatus) {
		try {
			HttpResponse<byte[]> response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != expectedStatus) {
				throw new IllegalStateException(request.method() + " " + request.uri() + " returned "
						+ response.statusCode() + " where " + expectedStatus + " was expected");
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(request.method() + " " + request.uri() + " was interrupted", ex);
		}
	}

	private byte[] send(HttpRequest request, int expectedStatus) {
		return exchange(request, expectedStatus).body();
	}

}
