package xyz.pushpad.client;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import xyz.pushpad.client.notification.Notification;
import xyz.pushpad.client.notification.NotificationAction;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.notification.NotificationRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Contract tests of the notification endpoints: the requests the template sends and how it maps each response.
 */
class NotificationContractTests {

	private static final String TOKEN = WireMockContract.TOKEN;

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
	void customizerHeaderReplacesTemplateHeader() {
		server.stubFor(get("/api/v1/notifications/5").willReturn(okJson("{\"id\":5}")));
		PushpadTemplate customized = PushpadTemplate.builder()
			.authToken(TOKEN)
			.baseUrl(server.baseUrl() + "/api/v1")
			.restClientCustomizer((builder) -> builder.defaultHeader("User-Agent", "shop-backend/2.1"))
			.build();

		customized.getNotification(5);

		server.verify(getRequestedFor(urlEqualTo("/api/v1/notifications/5"))
			.withHeader("User-Agent", equalTo("shop-backend/2.1"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN)));
		assertThat(server.getAllServeEvents().get(0).getRequest().getHeaders().getHeader("User-Agent").values())
			.containsExactly("shop-backend/2.1");
	}

	@Test
	void createSendsEveryFieldAsFlatJson() {
		server.stubFor(post("/api/v1/projects/123/notifications")
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"id\":197123,\"scheduled\":5,\"uids\":[\"uid0\",\"uid1\"]}")));

		NotificationCreateResult result = this.template.createNotification(NotificationRequest.builder()
			.body("Hello world")
			.title("Greetings")
			.targetUrl("https://example.com/landing")
			.iconUrl("https://example.com/icon.png")
			.badgeUrl("https://example.com/badge.png")
			.imageUrl("https://example.com/image.png")
			.ttl(Duration.ofDays(7))
			.requireInteraction(true)
			.silent(false)
			.urgent(true)
			.customData("order-42")
			.action(NotificationAction.of("Open", "https://example.com/open")
				.withIcon("https://example.com/open.png")
				.withAction("open_order"))
			.action(NotificationAction.of("Dismiss"))
			.starred(true)
			.sendAt(Instant.parse("2026-12-05T10:09:00Z"))
			.customMetrics("launch", "q4")
			.uids("uid0", "uid1", "uid2")
			.tags("sports && travel", "news")
			.build());

		server.verify(postRequestedFor(urlEqualTo("/api/v1/projects/123/notifications"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("Content-Type", matching("application/json(;\\s*charset=UTF-8)?"))
			.withHeader("User-Agent", matching("pushpad-spring/\\S+"))
			.withRequestBody(equalToJson("""
					{
					  "body": "Hello world",
					  "title": "Greetings",
					  "target_url": "https://example.com/landing",
					  "icon_url": "https://example.com/icon.png",
					  "badge_url": "https://example.com/badge.png",
					  "image_url": "https://example.com/image.png",
					  "ttl": 604800,
					  "require_interaction": true,
					  "silent": false,
					  "urgent": true,
					  "custom_data": "order-42",
					  "actions": [
					    {"title": "Open", "target_url": "https://example.com/open",
					     "icon": "https://example.com/open.png", "action": "open_order"},
					    {"title": "Dismiss"}
					  ],
					  "starred": true,
					  "send_at": "2026-12-05T10:09:00Z",
					  "custom_metrics": ["launch", "q4"],
					  "uids": ["uid0", "uid1", "uid2"],
					  "tags": ["sports && travel", "news"]
					}
					""")));
		assertThat(result.id()).isEqualTo(197123L);
		assertThat(result.scheduled()).isEqualTo(5L);
		assertThat(result.uids()).containsExactly("uid0", "uid1");
		assertThat(result.sendAt()).isNull();
		assertThat(result.isScheduled()).isFalse();
	}

	@Test
	void createWithOnlyBodySendsOnlyBody() {
		server.stubFor(post("/api/v1/projects/123/notifications")
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"id\":123456789,\"scheduled\":9876}")));

		NotificationCreateResult result = this.template.sendNotification(NotificationRequest.of("Hello"));

		server.verify(postRequestedFor(urlEqualTo("/api/v1/projects/123/notifications"))
			.withRequestBody(equalToJson("{\"body\":\"Hello\"}", false, false)));
		assertThat(result.id()).isEqualTo(123456789L);
		assertThat(result.scheduled()).isEqualTo(9876L);
		assertThat(result.uids()).isEmpty();
	}

	@Test
	void createWithEmptyUidsSendsEmptyArray() {
		server.stubFor(post("/api/v1/projects/123/notifications")
			.willReturn(aResponse().withStatus(201).withBody("{\"id\":1,\"scheduled\":0,\"uids\":[]}")));

		this.template.createNotification(NotificationRequest.builder().body("Nobody").uids().build());

		server.verify(postRequestedFor(urlEqualTo("/api/v1/projects/123/notifications"))
			.withRequestBody(equalToJson("{\"body\":\"Nobody\",\"uids\":[]}", false, false)));
	}

	@Test
	void createScheduledReturnsSendAt() {
		server.stubFor(post("/api/v1/projects/123/notifications")
			.willReturn(aResponse().withStatus(201).withBody("{\"id\":55,\"send_at\":\"2026-12-05T10:09:00.000Z\"}")));

		NotificationCreateResult result = this.template.createNotification(
				NotificationRequest.builder().body("Later").sendAt(Instant.parse("2026-12-05T10:09:00Z")).build());

		assertThat(result.isScheduled()).isTrue();
		assertThat(result.sendAt()).isEqualTo(Instant.parse("2026-12-05T10:09:00Z"));
		assertThat(result.scheduled()).isNull();
	}

	@Test
	void createOnOtherProjectUsesThatProject() {
		server.stubFor(post("/api/v1/projects/456/notifications")
			.willReturn(aResponse().withStatus(201).withBody("{\"id\":1,\"scheduled\":1}")));

		this.template.forProject(456).createNotification(NotificationRequest.of("Hi"));

		server.verify(1, postRequestedFor(urlEqualTo("/api/v1/projects/456/notifications")));
		assertThat(this.template.getProjectId()).isEqualTo(123L);
	}

	@Test
	void createWithoutProjectIdFailsBeforeSending() {
		PushpadTemplate withoutProject = PushpadTemplate.builder()
			.authToken(TOKEN)
			.baseUrl(server.baseUrl() + "/api/v1")
			.build();

		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> withoutProject.createNotification(NotificationRequest.of("Hi")))
			.withMessageContaining("'projectId'")
			.withMessageContaining("pushpad.project-id")
			.withMessageContaining("forProject(id)");
		server.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void getReadsNotificationWithStatistics() {
		server.stubFor(get("/api/v1/notifications/197123").willReturn(okJson("""
				{
				  "id": 197123, "project_id": 123, "title": "Foo Bar", "body": "Lorem ipsum",
				  "target_url": "https://example.com", "icon_url": null, "badge_url": "https://example.com/b.png",
				  "image_url": null, "ttl": 604800, "require_interaction": false, "silent": false, "urgent": true,
				  "custom_data": null,
				  "actions": [{"title": "A button", "target_url": null, "icon": null, "action": "myAction"}],
				  "starred": true, "send_at": null, "custom_metrics": ["metric1"], "uids": ["uid0"], "tags": null,
				  "created_at": "2016-07-06T10:58:39.192Z", "successfully_sent_count": 4, "opened_count": 1,
				  "scheduled_count": 0, "scheduled": false, "cancelled": false, "some_future_field": {"x": 1}
				}
				""")));

		Notification notification = this.template.getNotification(197123);

		server.verify(getRequestedFor(urlEqualTo("/api/v1/notifications/197123"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("Content-Type", absent()));
		assertThat(notification.id()).isEqualTo(197123L);
		assertThat(notification.projectId()).isEqualTo(123L);
		assertThat(notification.title()).isEqualTo("Foo Bar");
		assertThat(notification.badgeUrl()).isEqualTo("https://example.com/b.png");
		assertThat(notification.iconUrl()).isNull();
		assertThat(notification.ttl()).isEqualTo(604800L);
		assertThat(notification.urgent()).isTrue();
		assertThat(notification.actions()).containsExactly(new NotificationAction("A button", null, null, "myAction"));
		assertThat(notification.customMetrics()).containsExactly("metric1");
		assertThat(notification.uids()).containsExactly("uid0");
		assertThat(notification.tags()).isNull();
		assertThat(notification.createdAt()).isEqualTo(Instant.parse("2016-07-06T10:58:39.192Z"));
		assertThat(notification.successfullySentCount()).isEqualTo(4);
		assertThat(notification.openedCount()).isEqualTo(1);
		assertThat(notification.scheduledCount()).isZero();
		assertThat(notification.cancelled()).isFalse();
	}

	@Test
	void getToleratesNullCollectionsAndCounts() {
		server.stubFor(get("/api/v1/notifications/7").willReturn(okJson(
				"{\"id\":7,\"project_id\":1,\"body\":\"x\",\"actions\":null,\"custom_metrics\":null,"
						+ "\"scheduled_count\":null,\"scheduled\":null}")
			.withHeader(WireMockContract.OFF_SPEC_FIXTURE, "nulls where the spec declares none")));

		Notification notification = this.template.getNotification(7);

		assertThat(notification.actions()).isEmpty();
		assertThat(notification.customMetrics()).isEmpty();
		assertThat(notification.scheduledCount()).isZero();
		assertThat(notification.scheduled()).isFalse();
	}

	@Test
	void getKeepsIdsAboveDoublePrecision() {
		server.stubFor(get("/api/v1/notifications/9007199254740993")
			.willReturn(okJson("{\"id\":9007199254740993,\"project_id\":9007199254740995,\"body\":\"x\"}")));

		Notification notification = this.template.getNotification(9007199254740993L);

		assertThat(notification.id()).isEqualTo(9007199254740993L);
		assertThat(notification.projectId()).isEqualTo(9007199254740995L);
	}

	@Test
	void listSendsPageAndReadsArray() {
		server.stubFor(get("/api/v1/projects/123/notifications?page=2")
			.willReturn(okJson("[{\"id\":1,\"project_id\":123,\"body\":\"a\"},{\"id\":2,\"project_id\":123,\"body\":\"b\"}]")));

		assertThat(this.template.listNotifications(2)).extracting(Notification::id).containsExactly(1L, 2L);
		server.verify(getRequestedFor(urlEqualTo("/api/v1/projects/123/notifications?page=2")));
	}

	@Test
	void listWithoutPageAsksForFirstPage() {
		server.stubFor(get("/api/v1/projects/123/notifications?page=1").willReturn(okJson("[]")));

		assertThat(this.template.listNotifications()).isEmpty();
	}

	@Test
	void streamStopsAfterFullLastPage() {
		stubNotificationPage(1, "[" + notificationJson(1) + "," + notificationJson(2) + "]");
		stubNotificationPage(2, "[" + notificationJson(3) + "," + notificationJson(4) + "]");
		stubNotificationPage(3, "[]");

		assertThat(this.template.streamNotifications()).extracting(Notification::id).containsExactly(1L, 2L, 3L, 4L);
		server.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/projects/123/notifications")));
	}

	@Test
	void streamStopsAtPartialPage() {
		stubNotificationPage(1, "[" + notificationJson(1) + "," + notificationJson(2) + "]");
		stubNotificationPage(2, "[" + notificationJson(3) + "]");

		assertThat(this.template.streamNotifications()).extracting(Notification::id).containsExactly(1L, 2L, 3L);
		server.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/projects/123/notifications")));
	}

	@Test
	void streamWithNoNotificationsSendsOneRequest() {
		stubNotificationPage(1, "[]");

		assertThat(this.template.streamNotifications()).isEmpty();
		server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/projects/123/notifications")));
	}

	@Test
	void streamFetchesNextPageOnlyWhenReached() {
		stubNotificationPage(1, "[" + notificationJson(1) + "," + notificationJson(2) + "]");
		stubNotificationPage(2, "[" + notificationJson(3) + "," + notificationJson(4) + "]");

		assertThat(this.template.streamNotifications().limit(2)).hasSize(2);
		server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/projects/123/notifications")));
		assertThat(this.template.streamNotifications().limit(3)).hasSize(3);
		server.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/projects/123/notifications")));
	}

	private static void stubNotificationPage(int page, String json) {
		server.stubFor(get("/api/v1/projects/123/notifications?page=" + page).willReturn(okJson(json)));
	}

	private static String notificationJson(long id) {
		return "{\"id\":" + id + ",\"project_id\":123,\"body\":\"n" + id + "\"}";
	}

	@Test
	void cancelSendsDeleteAndAcceptsNoContent() {
		server.stubFor(delete("/api/v1/notifications/55/cancel").willReturn(aResponse().withStatus(204)));

		this.template.cancelNotification(55);

		server.verify(deleteRequestedFor(urlEqualTo("/api/v1/notifications/55/cancel"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("Content-Type", absent()));
	}

	@ParameterizedTest
	@CsvSource({ "401, PushpadUnauthorizedException", "402, PushpadPaymentRequiredException",
			"403, PushpadForbiddenException", "422, PushpadUnprocessableEntityException",
			"429, PushpadRateLimitException", "500, PushpadServerException" })
	void createErrorStatusMapsToException(int status, String exceptionName) {
		server.stubFor(post("/api/v1/projects/123/notifications").willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withHeader("X-Request-Id", "req-1")
			.withBody("{\"error\":\"something went wrong\"}")));

		assertThatExceptionOfType(PushpadApiException.class)
			.isThrownBy(() -> this.template.createNotification(NotificationRequest.of("Hi")))
			.satisfies((ex) -> {
				assertThat(ex.getClass().getSimpleName()).isEqualTo(exceptionName);
				assertThat(ex.getStatusCode()).isEqualTo(status);
				assertThat(ex.getMethod().name()).isEqualTo("POST");
				assertThat(ex.getPath()).isEqualTo("/api/v1/projects/123/notifications");
				assertThat(ex.getResponseHeaders().getFirst("X-Request-Id")).isEqualTo("req-1");
				assertThat(ex.getResponseBodyAsString()).isEqualTo("{\"error\":\"something went wrong\"}");
				assertThat(ex.getMessage())
					.startsWith("POST /api/v1/projects/123/notifications failed with " + status)
					.endsWith("{\"error\":\"something went wrong\"}")
					.doesNotContain(TOKEN);
			});
	}

	@Test
	void errorEchoingTokenHidesIt() {
		server.stubFor(get("/api/v1/notifications/3").willReturn(aResponse().withStatus(401)
			.withBody("{\"error\":\"bad token Authorization: Bearer " + TOKEN + "\"}")));

		assertThatExceptionOfType(PushpadUnauthorizedException.class).isThrownBy(() -> this.template.getNotification(3))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).doesNotContain(TOKEN).endsWith("Bearer [hidden]\"}");
				assertThat(ex.getResponseBodyAsString()).doesNotContain(TOKEN);
			});
	}

	@Test
	void unparsableBodyEchoingTokenHidesIt() {
		server.stubFor(get("/api/v1/notifications/4").willReturn(aResponse().withStatus(200)
			.withHeader(WireMockContract.OFF_SPEC_FIXTURE, "a body that is not a notification")
			.withBody("Invalid token " + TOKEN)));

		assertThatExceptionOfType(PushpadClientException.class).isThrownBy(() -> this.template.getNotification(4))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(TOKEN).endsWith("Invalid token [hidden]"));
	}

	@Test
	void getUnknownIdThrowsNotFound() {
		server.stubFor(get("/api/v1/notifications/404404").willReturn(aResponse().withStatus(404)));

		assertThatExceptionOfType(PushpadNotFoundException.class)
			.isThrownBy(() -> this.template.getNotification(404404))
			.withMessage("GET /api/v1/notifications/404404 failed with 404 Not Found: [no body]");
	}

	@Test
	void cancelAfterDeliveryStartedThrowsUnprocessable() {
		server.stubFor(delete("/api/v1/notifications/9/cancel")
			.willReturn(aResponse().withStatus(422).withBody("{\"error\":\"not scheduled\"}")));

		assertThatExceptionOfType(PushpadUnprocessableEntityException.class)
			.isThrownBy(() -> this.template.cancelNotification(9));
	}

	@Test
	void badGatewayWithHtmlPageKeepsRawBody() {
		String html = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";
		server.stubFor(get("/api/v1/notifications/1")
			.willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody(html)));

		assertThatExceptionOfType(PushpadServerException.class).isThrownBy(() -> this.template.getNotification(1))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(502);
				assertThat(ex.getResponseBodyAsString()).isEqualTo(html);
				assertThat(ex.getResponseHeaders().getContentType()).hasToString("text/html");
				assertThat(ex.getMessage()).contains("HTML page \"502 Bad Gateway\"").doesNotContain("<h1>");
			});
	}

	@Test
	void rateLimitExposesRetryAfter() {
		server.stubFor(post("/api/v1/projects/123/notifications")
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "12")));

		assertThatExceptionOfType(PushpadRateLimitException.class)
			.isThrownBy(() -> this.template.createNotification(NotificationRequest.of("Hi")))
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).contains(Duration.ofSeconds(12)));
	}

	@Test
	void invalidIdFailsBeforeSending() {
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> this.template.getNotification(0))
			.withMessage("Invalid 'notificationId' (value 0): must be a positive number");
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> this.template.cancelNotification(-3))
			.withMessageContaining("'notificationId'");
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> this.template.listNotifications(0))
			.withMessageContaining("'page'");
		server.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void toStringHidesToken() {
		assertThat(this.template.toString()).doesNotContain(TOKEN).contains("projectId=123");
	}

	@Test
	void toStringMasksUserInfoOfBaseUrl() {
		PushpadTemplate template = PushpadTemplate.builder()
			.authToken(TOKEN)
			.baseUrl("http://user:secret-pw@127.0.0.1:1/api/v1")
			.build();

		assertThat(template.toString()).doesNotContain("user").doesNotContain("secret-pw")
			.contains("baseUrl=http://******@127.0.0.1:1/api/v1");
		assertThat(template.forProject(5).toString()).doesNotContain("secret-pw");
		assertThat(template.getBaseUrl()).isEqualTo("http://user:secret-pw@127.0.0.1:1/api/v1");
	}

	@Test
	void invalidBaseUrlMessageMasksUserInfo() {
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> PushpadTemplate.builder().authToken(TOKEN).baseUrl("ftp://user:secret-pw@host/x").build())
			.withMessageStartingWith("Invalid 'baseUrl' (value \"ftp://******@host/x\")")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("secret-pw"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "https://exa mple.com/api", "https://", "http:///api/v1",
			"http://127.0.0.1:1/api/v1?x=1", "http://127.0.0.1:1/api/v1#top", "127.0.0.1:8080/api/v1" })
	void unusableBaseUrlIsRejected(String baseUrl) {
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> PushpadTemplate.builder().authToken(TOKEN).baseUrl(baseUrl).build())
			.withMessage("Invalid 'baseUrl' (value \"" + baseUrl + "\"): must be an absolute http(s) URL with a host "
					+ "and no query, such as https://pushpad.xyz/api/v1");
	}

	@Test
	void upperCaseSchemeIsAccepted() {
		server.stubFor(get("/api/v1/notifications/5").willReturn(okJson("{\"id\":5}")));
		PushpadTemplate template = PushpadTemplate.builder()
			.authToken(TOKEN)
			.baseUrl(server.baseUrl().replace("http://", "HTTP://") + "/api/v1/")
			.build();

		assertThat(template.getNotification(5).id()).isEqualTo(5);
	}

	@Test
	void tokenCharacterIndexCountsLeadingSpaces() {
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> PushpadTemplate.builder().authToken("  abc d").build())
			.withMessageContaining("at index 5")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("abc"));
	}

	@Test
	void maskUserInfoLeavesOtherUrlsAlone() {
		assertThat(PushpadTemplate.maskUserInfo("https://pushpad.xyz/api/v1")).isEqualTo("https://pushpad.xyz/api/v1");
		assertThat(PushpadTemplate.maskUserInfo("http://host/path@v1")).isEqualTo("http://host/path@v1");
		assertThat(PushpadTemplate.maskUserInfo("http://a:b@c@host?q")).isEqualTo("http://******@host?q");
		assertThat(PushpadTemplate.maskUserInfo("http://token@host")).isEqualTo("http://******@host");
		assertThat(PushpadTemplate.maskUserInfo("not a url")).isEqualTo("not a url");
	}

}
