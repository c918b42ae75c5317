package xyz.pushpad.benchmarks;

import java.util.List;

import org.openjdk.jmh.annotations.Benchmark;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import xyz.pushpad.client.PushpadTemplate;
import xyz.pushpad.client.notification.Notification;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.subscription.Subscription;

/**
 * Spring's {@link RestClient} alone on the same request factories, with its default message converters, posting
 * the pre-serialized JSON of {@link FloorBenchmark}. Between the floor and {@link TemplateBenchmark}, it shows
 * how much of the template's cost is Spring's HTTP layer and how much is the template's own.
 */
public class RestClientBenchmark extends CallBenchmark {

	private static final ParameterizedTypeReference<List<Subscription>> SUBSCRIPTION_LIST = new ParameterizedTypeReference<>() {
	};

	private RestClient restClient;

	private byte[] notificationJson;

	@Override
	void prepare() {
		this.restClient = RestClient.builder()
			.requestFactory(this.clients.requestFactory())
			.baseUrl(Stub.BASE_URL)
			.defaultHeader(HttpHeaders.AUTHORIZATION, FloorClient.AUTHORIZATION)
			.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.defaultHeader(HttpHeaders.USER_AGENT, PushpadTemplate.USER_AGENT)
			.build();
		this.notificationJson = FloorClient.JSON_MAPPER.writeValueAsBytes(Stub.fullNotification());
	}

	@Override
	void checkListing() {
		Responses.check(listSubscriptions());
	}

	@Override
	@Benchmark
	public NotificationCreateResult createNotification() {
		return this.restClient.post()
			.uri("/projects/{projectId}/notifications", Stub.PROJECT_ID)
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.notificationJson)
			.retrieve()
			.body(NotificationCreateResult.class);
	}

	@Override
	@Benchmark
	public Notification getNotification() {
		return this.restClient.get()
			.uri("/notifications/{notificationId}", Stub.NOTIFICATION_ID)
			.retrieve()
			.body(Notification.class);
	}

	@Benchmark
	public SubscriptionPage listSubscriptions() {
		ResponseEntity<List<Subscription>> response = this.restClient.get()
			.uri("/projects/{projectId}/subscriptions?page={page}&per_page={perPage}", Stub.PROJECT_ID, 1,
					Stub.PER_PAGE)
			.retrieve()
			.toEntity(SUBSCRIPTION_LIST);
		String totalCount = response.getHeaders().getFirst(FloorClient.TOTAL_COUNT_HEADER);
		return new SubscriptionPage(response.getBody(), (totalCount != null) ? Long.parseLong(totalCount) : -1);
	}

}
