package xyz.pushpad.client;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import xyz.pushpad.client.subscription.Subscription;
import xyz.pushpad.client.subscription.SubscriptionCreateRequest;
import xyz.pushpad.client.subscription.SubscriptionFilter;
import xyz.pushpad.client.subscription.SubscriptionUpdateRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Contract tests of the subscription endpoints: the requests the template sends and how it maps each response.
 */
class SubscriptionContractTests {

	private static final String SUBSCRIPTIONS = "/api/v1/projects/123/subscriptions";

	private static final String SUBSCRIPTION_JSON = """
			{
			  "id": 9007199254740993, "project_id": 123, "endpoint": "https://example.com/push/f7Q1Eyf7EyfAb1",
			  "p256dh": "BCQVDTlYWdl05lal3lG5SKr3VxTrEWpZErbkxWrzknHrIKFwihDoZpc_2sH6Sh08h-CacUYI-H8gW4jH-uMYZQ4=",
			  "auth": "cdKMlhgVeSPzCXZ3V7FtgQ==", "uid": "user1", "tags": ["tag1", "tag2"],
			  "last_click_at": null, "created_at": "2025-09-15T10:30:00.123Z", "some_future_field": true
			}
			""";

	@RegisterExtension
	static WireMockExtension server = WireMockContract.newServer();

	private PushpadTemplate template;

	@BeforeEach
	void createTemplate() {
		this.template = WireMockContract.newTemplate(server);
	}

	@AfterEach
	void exchangesFollowSpec() {
		WireMockContract.assertExchangesFollowSpec(server);
	}

	@Test
	void countReadsTotalCountHeader() {
		server.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS))
			.willReturn(okJson("[" + SUBSCRIPTION_JSON + "]").withHeader("X-Total-Count", "3000000000")));

		long count = this.template.countSubscriptions();

		assertThat(count).isEqualTo(3_000_000_000L);
		server.verify(getRequestedFor(urlEqualTo(SUBSCRIPTIONS + "?per_page=1"))
			.withHeader("Authorization", equalTo("Bearer " + WireMockContract.TOKEN))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("User-Agent", matching("pushpad-spring/\\S+"))
			.withHeader("Content-Type", absent()));
	}

	@Test
	void countSendsFiltersEncoded() {
		server.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS)).willReturn(okJson("[]").withHeader("X-Total-Count", "0")));

		long count = this.template.countSubscriptions(SubscriptionFilter.byUids("u1").withTags("sports && travel"));

		assertThat(count).isZero();
		server.verify(getRequestedFor(
				urlEqualTo(SUBSCRIPTIONS + "?per_page=1&uids%5B%5D=u1&tags%5B%5D=sports%20%26%26%20travel")));
	}

	@Test
	void countWithoutTotalHeaderFails() {
		server.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS)).willReturn(okJson("[]")));

		assertThatExceptionOfType(PushpadClientException.class).isThrownBy(() -> this.template.countSubscriptions())
			.withMessageContaining("no X-Total-Count header");
	}

	@Test
	void countWithInvalidTotalHeaderFails() {
		server.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS)).willReturn(okJson("[]").withHeader("X-Total-Count", "many")));

		assertThatExceptionOfType(PushpadClientException.class).isThrownBy(() -> this.template.countSubscriptions())
			.withMessageContaining("invalid X-Total-Count header \"many\"");
	}

	@Test
	void listSendsPageAndFiltersInOrder() {
		server.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS)).willReturn(okJson("[" + SUBSCRIPTION_JSON + "]")));

		List<Subscription> subscriptions = this.template
			.listSubscriptions(SubscriptionFilter.byUids("u1", "u2").withTags("tag1", "!tag2"), 2, 50);

		server.verify(getRequestedFor(urlEqualTo(SUBSCRIPTIONS
				+ "?page=2&per_page=50&uids%5B%5D=u1&uids%5B%5D=u2&tags%5B%5D=tag1&tags%5B%5D=%21tag2"))
			.withQueryParam("uids[]", havingExactly("u1", "u2"))
			.withQueryParam("tags[]", havingExactly("tag1", "!tag2")));
		assertThat(subscriptions).singleElement().satisfies((subscription) -> {
			assertThat(subscription.id()).isEqualTo(9007199254740993L);
			assertThat(subscription.projectId()).isEqualTo(123L);
			assertThat(subscription.endpoint()).isEqualTo("https://example.com/push/f7Q1Eyf7EyfAb1");
			assertThat(subscription.auth()).isEqualTo("cdKMlhgVeSPzCXZ3V7FtgQ==");
			assertThat(subscription.uid()).isEqualTo("user1");
			assertThat(subscription.tags()).containsExactly("tag1", "tag2");
			assertThat(subscription.lastClickAt()).isNull();
			assertThat(subscription.createdAt()).isEqualTo(Instant.parse("2025-09-15T10:30:00.123Z"));
		});
	}

	@Test
	void listWithDefaultPageSizeSendsThirty() {
		server.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS)).willReturn(okJson("[]")));

		assertThat(this.template.listSubscriptions(SubscriptionFilter.all(), 1)).isEmpty();
		server.verify(getRequestedFor(urlEqualTo(SUBSCRIPTIONS + "?page=1&per_page=30")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "a&b", "a+b", "tag#1", "100%", "a b", "(a && b) || !c", "x=y", "é/ü?", "a|b" })
	void uidFilterReachesServerUnchanged(String uid) {
		LoggedRequest request = listOnePage(SubscriptionFilter.byUids(uid));

		assertThat(request.queryParameter("uids[]").values()).containsExactly(uid);
	}

	@ParameterizedTest
	@ValueSource(strings = { "(a && b) || !c", "!(x||y)&&z", "tag#1", "user@example.com", "a:b.c-d_e" })
	void tagFilterReachesServerUnchanged(String expression) {
		LoggedRequest request = listOnePage(SubscriptionFilter.byTags(expression));

		assertThat(request.queryParameter("tags[]").values()).containsExactly(expression);
	}

	/**
	 * Lists one page with the filter and returns the request, after checking that every reserved character of the
	 * filter value was percent-encoded, so the query has exactly the three parameters page, per_page and the filter.
	 */
	private LoggedRequest listOnePage(SubscriptionFilter filter) {
		server.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS)).willReturn(okJson("[]")));

		this.template.listSubscriptions(filter, 1, 10);

		LoggedRequest request = server.findAll(getRequestedFor(urlPathEqualTo(SUBSCRIPTIONS))).get(0);
		String rawQuery = request.getUrl().substring(request.getUrl().indexOf('?') + 1);
		assertThat(rawQuery).doesNotContain(" ", "+", "#", "(", ")", "!", "|");
		assertThat(rawQuery.split("&")).hasSize(3);
		return request;
	}

	@Test
	void filterWithSpecialCharactersIsPercentEncoded() {
		server.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS)).willReturn(okJson("[]")));

		this.template.listSubscriptions(SubscriptionFilter.byUids("1+2%").withTags("(a && b) || !c#1"), 1, 10);

		server.verify(getRequestedFor(urlEqualTo(SUBSCRIPTIONS + "?page=1&per_page=10&uids%5B%5D=1%2B2%25"
				+ "&tags%5B%5D=%28a%20%26%26%20b%29%20%7C%7C%20%21c%231")));
	}

	@Test
	void streamStopsAfterFullLastPage() {
		stubSubscriptionPage(1, 1, 2);
		stubSubscriptionPage(2, 3, 4);
		stubSubscriptionPage(3);

		assertThat(this.template.streamSubscriptions(SubscriptionFilter.byTags("news"), 2)).extracting(Subscription::id)
			.containsExactly(1L, 2L, 3L, 4L);
		server.verify(3, getRequestedFor(urlPathEqualTo(SUBSCRIPTIONS)).withQueryParam("tags[]", equalTo("news")));
	}

	@Test
	void streamStopsAtPartialPage() {
		stubSubscriptionPage(1, 1, 2);
		stubSubscriptionPage(2, 3);

		assertThat(this.template.streamSubscriptions(SubscriptionFilter.all(), 2)).extracting(Subscription::id)
			.containsExactly(1L, 2L, 3L);
		server.verify(2, getRequestedFor(urlPathEqualTo(SUBSCRIPTIONS)));
	}

	@Test
	void streamWithNoSubscriptionsSendsOneRequest() {
		stubSubscriptionPage(1);

		assertThat(this.template.streamSubscriptions(SubscriptionFilter.all())).isEmpty();
		server.verify(1, getRequestedFor(urlEqualTo(SUBSCRIPTIONS + "?page=1&per_page=30")));
	}

	@Test
	void streamFetchesNextPageOnlyWhenReached() {
		stubSubscriptionPage(1, 1, 2);
		stubSubscriptionPage(2, 3, 4);

		Stream<Subscription> stream = this.template.streamSubscriptions(SubscriptionFilter.all(), 2);
		server.verify(0, anyRequestedFor(anyUrl()));
		assertThat(stream.limit(2)).hasSize(2);
		server.verify(1, getRequestedFor(urlPathEqualTo(SUBSCRIPTIONS)));
	}

	private static void stubSubscriptionPage(int page, long... ids) {
		StringBuilder json = new StringBuilder("[");
		for (long id : ids) {
			json.append((json.length() > 1) ? "," : "")
				.append("{\"id\":")
				.append(id)
				.append(",\"project_id\":123,\"endpoint\":\"https://example.com/push/")
				.append(id)
				.append("\",\"tags\":[]}");
		}
		server.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS)).withQueryParam("page", equalTo(Integer.toString(page)))
			.willReturn(okJson(json.append(']').toString())));
	}

	@Test
	void getSendsNestedPathAndKeepsLargeId() {
		server.stubFor(get(SUBSCRIPTIONS + "/9007199254740993").willReturn(okJson(SUBSCRIPTION_JSON)));

		Subscription subscription = this.template.getSubscription(9007199254740993L);

		assertThat(subscription.id()).isEqualTo(9007199254740993L);
		server.verify(getRequestedFor(urlEqualTo(SUBSCRIPTIONS + "/9007199254740993"))
			.withHeader("Content-Type", absent()));
	}

	@Test
	void getToleratesNullTags() {
		server.stubFor(get(SUBSCRIPTIONS + "/5").willReturn(okJson("{\"id\":5,\"project_id\":123,\"tags\":null}")
			.withHeader(WireMockContract.OFF_SPEC_FIXTURE, "tags is not nullable in the spec")));

		assertThat(this.template.getSubscription(5).tags()).isEmpty();
	}

	@Test
	void createSendsEveryField() {
		server.stubFor(post(SUBSCRIPTIONS).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(SUBSCRIPTION_JSON)));

		Subscription subscription = this.template.createSubscription(SubscriptionCreateRequest.builder()
			.endpoint("https://example.com/push/f7Q1Eyf7EyfAb1")
			.keys("BCQVDTlYWdl05lal3lG5SKr3VxTrEWpZErbkxWrzknHrIKFwihDoZpc_2sH6Sh08h-CacUYI-H8gW4jH-uMYZQ4=",
					"cdKMlhgVeSPzCXZ3V7FtgQ==")
			.uid("user1")
			.tags("tag1", "tag2")
			.build());

		server.verify(postRequestedFor(urlEqualTo(SUBSCRIPTIONS))
			.withHeader("Content-Type", matching("application/json(;\\s*charset=UTF-8)?"))
			.withRequestBody(equalToJson("""
					{
					  "endpoint": "https://example.com/push/f7Q1Eyf7EyfAb1",
					  "p256dh": "BCQVDTlYWdl05lal3lG5SKr3VxTrEWpZErbkxWrzknHrIKFwihDoZpc_2sH6Sh08h-CacUYI-H8gW4jH-uMYZQ4=",
					  "auth": "cdKMlhgVeSPzCXZ3V7FtgQ==",
					  "uid": "user1",
					  "tags": ["tag1", "tag2"]
					}
					""")));
		assertThat(subscription.uid()).isEqualTo("user1");
	}

	@Test
	void createWithOnlyEndpointSendsOnlyEndpoint() {
		server.stubFor(post(SUBSCRIPTIONS).willReturn(aResponse().withStatus(201).withBody(SUBSCRIPTION_JSON)));

		this.template.createSubscription(SubscriptionCreateRequest.builder().endpoint("https://example.com/p").build());

		server.verify(postRequestedFor(urlEqualTo(SUBSCRIPTIONS))
			.withRequestBody(equalToJson("{\"endpoint\":\"https://example.com/p\"}")));
	}

	@Test
	void updateTagsAloneSendsNoUidKey() {
		server.stubFor(patch(urlEqualTo(SUBSCRIPTIONS + "/7")).willReturn(okJson(SUBSCRIPTION_JSON)));

		this.template.updateSubscription(7, SubscriptionUpdateRequest.builder().tags("a", "b").build());

		server.verify(patchRequestedFor(urlEqualTo(SUBSCRIPTIONS + "/7"))
			.withHeader("Content-Type", matching("application/json(;\\s*charset=UTF-8)?"))
			.withRequestBody(equalToJson("{\"tags\":[\"a\",\"b\"]}")));
	}

	@Test
	void updateClearUidSendsNull() {
		server.stubFor(patch(urlEqualTo(SUBSCRIPTIONS + "/7")).willReturn(okJson(SUBSCRIPTION_JSON)));

		this.template.updateSubscription(7, SubscriptionUpdateRequest.builder().clearUid().build());

		server.verify(patchRequestedFor(urlEqualTo(SUBSCRIPTIONS + "/7"))
			.withRequestBody(equalToJson("{\"uid\":null}")));
	}

	@Test
	void updateSetUidAndClearTags() {
		server.stubFor(patch(urlEqualTo(SUBSCRIPTIONS + "/7")).willReturn(okJson(SUBSCRIPTION_JSON)));

		this.template.updateSubscription(7, SubscriptionUpdateRequest.builder().uid("user2").clearTags().build());

		server.verify(patchRequestedFor(urlEqualTo(SUBSCRIPTIONS + "/7"))
			.withRequestBody(equalToJson("{\"uid\":\"user2\",\"tags\":[]}")));
	}

	@Test
	void deleteSendsDeleteAndAcceptsNoContent() {
		server.stubFor(delete(SUBSCRIPTIONS + "/7").willReturn(aResponse().withStatus(204)));

		this.template.deleteSubscription(7);

		server.verify(deleteRequestedFor(urlEqualTo(SUBSCRIPTIONS + "/7"))
			.withHeader("Authorization", equalTo("Bearer " + WireMockContract.TOKEN))
			.withHeader("Content-Type", absent()));
	}

	@Test
	void forProjectUsesThatProjectInPath() {
		server.stubFor(delete("/api/v1/projects/456/subscriptions/7").willReturn(aResponse().withStatus(204)));

		this.template.forProject(456).deleteSubscription(7);

		server.verify(1, deleteRequestedFor(urlEqualTo("/api/v1/projects/456/subscriptions/7")));
	}

	@Test
	void invalidArgumentsFailBeforeSending() {
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> this.template.getSubscription(0))
			.withMessageContaining("'subscriptionId'");
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> this.template.listSubscriptions(SubscriptionFilter.all(), 1, 0))
			.withMessageContaining("'perPage'");
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> this.template.streamSubscriptions(SubscriptionFilter.all(), -1))
			.withMessageContaining("'perPage'");
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> SubscriptionCreateRequest.builder().uid("u").build())
			.withMessageContaining("'endpoint'");
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> SubscriptionUpdateRequest.builder().build())
			.withMessageContaining("changes nothing");
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> PushpadTemplate.builder()
				.authToken(WireMockContract.TOKEN)
				.baseUrl(server.baseUrl())
				.build()
				.countSubscriptions())
			.withMessageContaining("'projectId'");
		server.verify(0, anyRequestedFor(anyUrl()));
	}

	@ParameterizedTest
	@MethodSource("xyz.pushpad.client.WireMockContract#crudErrorStatuses")
	void errorStatusMapsToException(String operation, int status, Class<? extends PushpadApiException> expected) {
		server.stubFor(any(urlPathEqualTo(SUBSCRIPTIONS))
			.willReturn(aResponse().withStatus(status).withBody("{\"error\":\"failed\"}")));
		server.stubFor(any(urlPathEqualTo(SUBSCRIPTIONS + "/7"))
			.willReturn(aResponse().withStatus(status).withBody("{\"error\":\"failed\"}")));

		assertThatExceptionOfType(expected).isThrownBy(() -> {
			switch (operation) {
				case "list" -> this.template.listSubscriptions(SubscriptionFilter.all(), 1);
				case "create" -> this.template.createSubscription(
						SubscriptionCreateRequest.builder().endpoint("https://example.com/p").build());
				case "get" -> this.template.getSubscription(7);
				case "update" -> this.template.updateSubscription(7,
						SubscriptionUpdateRequest.builder().uid("u").build());
				case "delete" -> this.template.deleteSubscription(7);
				default -> throw new IllegalArgumentException(operation);
			}
		}).satisfies((ex) -> {
			assertThat(ex.getStatusCode()).isEqualTo(status);
			assertThat(ex.getResponseBodyAsString()).isEqualTo("{\"error\":\"failed\"}");
			assertThat(ex.getMessage()).doesNotContain(WireMockContract.TOKEN);
		});
	}

}
