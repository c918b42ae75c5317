package xyz.pushpad.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

import xyz.pushpad.client.PushpadTemplate;
import xyz.pushpad.client.notification.Notification;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.subscription.Subscription;

/**
 * Floor on Apache HttpClient 5 (classic): a request built per call and the body parsed straight from the entity's
 * stream inside a response handler, which returns the connection to the pool.
 */
final class HttpComponentsFloorClient implements FloorClient {

	private final CloseableHttpClient client;

	HttpComponentsFloorClient(CloseableHttpClient client) {
		this.client = client;
	}

	@Override
	public NotificationCreateResult createNotification(byte[] json) {
		HttpPost request = withHeaders(new HttpPost(Stub.BASE_URL + "/projects/" + Stub.PROJECT_ID + "/notifications"));
		request.setEntity(new ByteArrayEntity(json, ContentType.APPLICATION_JSON));
		return execute(request, (response) -> parse(request, response, 201, NotificationCreateResult.class));
	}

	@Override
	public Notification getNotification(long notificationId) {
		HttpGet request = withHeaders(new HttpGet(Stub.BASE_URL + "/notifications/" + notificationId));
		return execute(request, (response) -> parse(request, response, 200, Notification.class));
	}

	@Override
	public SubscriptionPage listSubscriptions(int page, int perPage) {
		HttpGet request = withHeaders(new HttpGet(Stub.BASE_URL + "/projects/" + Stub.PROJECT_ID
				+ "/subscriptions?page=" + page + "&per_page=" + perPage));
		return execute(request, (response) -> {
			checkStatus(request, response, 200);
			Header totalCount = response.getFirstHeader(TOTAL_COUNT_HEADER);
			try (InputStream body = response.getEntity().getContent()) {
				List<Subscription> subscriptions = JSON_MAPPER.readValue(body, SUBSCRIPTION_LIST);
				return new SubscriptionPage(subscriptions,
						(totalCount != null) ? Long.parseLong(totalCount.getValue()) : -1);
			}
		});
	}

	<R extends HttpUriRequestBase> R withHeaders(R request) {
		request.setHeader("Authorization", AUTHORIZATION);
		request.setHeader("Accept", "application/json");
		request.setHeader("User-Agent", PushpadTemplate.USER_AGENT);
		return request;
	}

	<T> T execute(HttpUriRequestBase request, HttpClientResponseHandler<T> handler) {
		try {
			return this.client.execute(request, handler);
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.getMethod() + " " + request.getRequestUri() + " failed", ex);
		}
	}

	static <T> T parse(HttpUriRequestBase request, ClassicHttpResponse response, int expectedStatus, Class<T> type)
			throws IOException {
		checkStatus(request, response, expectedStatus);
		try (InputStream body = response.getEntity().getContent()) {
			return JSON_MAPPER.readValue(body, type);
		}
	}

	static void checkStatus(HttpUriRequestBase request, ClassicHttpResponse response, int expectedStatus) {
		if (response.getCode() != expectedStatus) {
			throw new IllegalStateException(request.getMethod() + " " + request.getRequestUri() + " returned "
					+ response.getCode() + " where " + expectedStatus + " was expected");
		}
	}

}
