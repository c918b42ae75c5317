package xyz.pushpad.benchmarks;

import java.io.IOException;
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
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
public class RestClientBenchmark {

	private static final ParameterizedTypeReference<List<Subscription>> SUBSCRIPTION_LIST = new ParameterizedTypeReference<>() {
	};

	@Param({ "JDK", "HTTP_COMPONENTS" })
	Transport transport;

	private Transport.Clients clients;

	private RestClient restClient;

	private byte[] notificationJson;

	@Setup
	public void open() {
		this.clients = this.transport.open();
		this.restClient = RestClient.builder()
			.requestFactory(this.clients.requestFactory())
			.baseUrl(Stub.BASE_URL)
			.defaultHeader(HttpHeaders.AUTHORIZATION, FloorClient.AUTHORIZATION)
			.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.defaultHeader(HttpHeaders.USER_AGENT, PushpadTemplate.USER_AGENT)
			.build();
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
		return this.restClient.post()
			.uri("/projects/{projectId}/notifications", Stub.PROJECT_ID)
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.notificationJson)
			.retrieve()
			.body(NotificationCreateResult.class);
	}

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
