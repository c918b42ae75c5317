package xyz.pushpad.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import xyz.pushpad.contract.OpenApiContract;
import xyz.pushpad.test.junit.PushpadEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator's HTTP behaviour, seen through a plain HTTP client. Strict mode is off, so that invalid requests reach
 * the checks that Pushpad itself makes. Every response to a request for an operation of the API is checked against
 * Pushpad's OpenAPI specification.
 */
class PushpadEmulatorHttpTests {

	private static final Instant START = Instant.parse("2026-07-01T10:00:00Z");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final OpenApiContract CONTRACT = OpenApiContract.load();

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@RegisterExtension
	static final PushpadEmulatorExtension emulatorExtension = PushpadEmulatorExtension
		.using(() -> PushpadEmulator.builder().clock(EmulatorClock.fixed(START)).strict(false));

	private PushpadEmulator emulator;

	private long project;

	@BeforeEach
	void useEmulator() {
		this.emulator = emulatorExtension.emulator();
		this.project = emulator.defaultProjectId();
	}

	@Test
	void baseUrlIsLoopbackApiPath() {
		assertThat(emulator.baseUrl()).startsWith("http://127.0.0.1:").endsWith("/api/v1");
		assertThat(emulator.port()).isPositive();
	}

	@Test
	void missingTokenIs401() throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/projects")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(json(response.body()).get("error").stringValue()).contains("Authorization header is missing");
	}

	@Test
	void wrongTokenIs401() throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/projects"))
			.header("Authorization", "Bearer wrong")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(json(response.body()).get("error").stringValue()).isEqualTo("The access token is invalid");
	}

	@Test
	void legacyTokenSchemeIsAccepted() throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/projects"))
			.header("Authorization", "Token token=\"" + emulator.authToken() + "\"")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void unknownPathIs404() throws Exception {
		assertThat(sendUnchecked("GET", "/nothing", null).statusCode()).isEqualTo(404);
		assertThat(sendUnchecked("GET", "/projects/abc", null).statusCode()).isEqualTo(404);
	}

	@Test
	void unsupportedMethodIs405() throws Exception {
		HttpResponse<String> response = sendUnchecked("PUT", "/projects", "{}");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(error(response)).contains("only GET, POST");
	}

	@Test
	void malformedJsonIs400() throws Exception {
		HttpResponse<String> response = send("POST", notifications(), "{\"body\": ");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(error(response)).startsWith("The request body is not valid JSON");
	}

	@Test
	void createNotificationToEveryone() throws Exception {
		emulator.subscriptions().add("u1", "a");
		emulator.subscriptions().add(null);
		HttpResponse<String> response = send("POST", notifications(), "{\"body\": \"Hello\"}");
		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode result = json(response.body());
		assertThat(result.get("id").longValue()).isPositive();
		assertThat(result.get("scheduled").longValue()).isEqualTo(2);
		assertThat(result.has("uids")).isFalse();
		assertThat(result.has("send_at")).isFalse();
	}

	@Test
	void createResultListsSubscribedUids() throws Exception {
		emulator.subscriptions().add("u1");
		emulator.subscriptions().add("u1");
		emulator.subscriptions().add("u2");
		HttpResponse<String> response = send("POST", notifications(),
				"{\"body\": \"Hi\", \"uids\": [\"u2\", \"ghost\", \"u1\"]}");
		JsonNode result = json(response.body());
		assertThat(result.get("scheduled").longValue()).isEqualTo(3);
		assertThat(strings(result.get("uids"))).containsExactly("u2", "u1");
	}

	@Test
	void wrappedBodyShapeIsAccepted() throws Exception {
		emulator.subscriptions().add("u1", "x");
		emulator.subscriptions().add("u2", "y");
		HttpResponse<String> response = send("POST", notifications(),
				"{\"notification\": {\"body\": \"Hi\", \"title\": \"T\"}, \"tags\": [\"y\"]}");
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(emulator.notifications().last().recipientUids()).containsExactly("u2");
		assertThat(emulator.notifications().last().title()).isEqualTo("T");
	}

	@Test
	void notificationValidationIs422() throws Exception {
		assertUnprocessable(send("POST", notifications(), null), "request body is missing");
		assertUnprocessable(send("POST", notifications(), "{\"title\": \"x\"}"), "body is missing");
		assertUnprocessable(send("POST", notifications(), "{\"body\": 5}"), "body is invalid");
		assertUnprocessable(send("POST", notifications(),
				"{\"body\": \"x\", \"custom_metrics\": [\"a\", \"b\", \"c\", \"d\"]}"), "at most 3 custom metrics");
		assertUnprocessable(send("POST", notifications(), "{\"body\": \"x\", \"tags\": [\"a &&\"]}"),
				"\"a &&\" is not a valid tag expression");
		assertUnprocessable(send("POST", notifications(), "{\"body\": \"x\", \"send_at\": \"tomorrow\"}"),
				"send_at is invalid");
		assertUnprocessable(send("POST", notifications(), "{\"body\": \"x\", \"target_url\": \"/relative\"}"),
				"target_url is invalid");
		assertUnprocessable(send("POST", notifications(), "{\"body\": \"x\", \"actions\": [{\"action\": \"a\"}]}"),
				"title is missing");
		assertUnprocessable(send("POST", notifications(), "{\"body\": \"x\", \"uids\": \"u1\"}"),
				"uids is invalid");
		assertThat(emulator.notifications().all()).isEmpty();
	}

	@Test
	void sendAtMoreThanFiveDaysAheadIs422() throws Exception {
		String tooLate = START.plus(Duration.ofDays(5)).plusSeconds(1).toString();
		assertUnprocessable(send("POST", notifications(), "{\"body\": \"x\", \"send_at\": \"" + tooLate + "\"}"),
				"more than 5 days");
		String justInTime = START.plus(Duration.ofDays(5)).toString();
		assertThat(send("POST", notifications(), "{\"body\": \"x\", \"send_at\": \"" + justInTime + "\"}")
			.statusCode()).isEqualTo(201);
	}

	@Test
	void unknownIdIs404EvenWithInvalidBody() throws Exception {
		assertThat(send("POST", "/projects/999999/notifications", "{\"body\": \"x\"}").statusCode()).isEqualTo(404);
		assertThat(send("POST", "/projects/999999/notifications", "{}").statusCode()).isEqualTo(404);
		assertThat(send("POST", "/projects/999999/subscriptions", "{}").statusCode()).isEqualTo(404);
		assertThat(send("PATCH", subscriptions() + "/999999", "{\"tags\": [\"a b\"]}").statusCode()).isEqualTo(404);
		assertThat(send("PATCH", "/projects/999999", "{\"name\": 5}").statusCode()).isEqualTo(404);
		assertThat(send("PATCH", "/senders/999999", "{\"name\": 5}").statusCode()).isEqualTo(404);
	}

	@Test
	void scheduledNotificationLifecycle() throws Exception {
		emulator.subscriptions().add("u1");
		HttpResponse<String> created = send("POST", notifications(),
				"{\"body\": \"Later\", \"send_at\": \"2026-07-01T10:30:00.000Z\"}");
		JsonNode result = json(created.body());
		assertThat(result.get("send_at").stringValue()).isEqualTo("2026-07-01T10:30:00.000Z");
		assertThat(result.has("scheduled")).isFalse();
		long id = result.get("id").longValue();

		JsonNode before = json(send("GET", "/notifications/" + id, null).body());
		assertThat(before.get("scheduled").booleanValue()).isTrue();
		assertThat(before.get("successfully_sent_count").longValue()).isZero();

		emulator.subscriptions().add("u2");
		emulator.clock().advance(Duration.ofMinutes(30));

		JsonNode after = json(send("GET", "/notifications/" + id, null).body());
		assertThat(after.get("scheduled").booleanValue()).isFalse();
		assertThat(after.get("cancelled").booleanValue()).isFalse();
		assertThat(after.get("successfully_sent_count").longValue()).isEqualTo(2);
		assertUnprocessable(send("DELETE", "/notifications/" + id + "/cancel", null), "can no longer be cancelled");
	}

	@Test
	void cancelScheduledNotification() throws Exception {
		emulator.subscriptions().add("u1");
		long id = json(send("POST", notifications(), "{\"body\": \"x\", \"send_at\": \"2026-07-02T10:00:00Z\"}")
			.body()).get("id").longValue();
		HttpResponse<String> cancelled = send("DELETE", "/notifications/" + id + "/cancel", null);
		assertThat(cancelled.statusCode()).isEqualTo(204);
		assertThat(cancelled.body()).isEmpty();
		JsonNode notification = json(send("GET", "/notifications/" + id, null).body());
		assertThat(notification.get("cancelled").booleanValue()).isTrue();
		assertThat(notification.get("scheduled").booleanValue()).isFalse();

		emulator.clock().advance(Duration.ofDays(2));
		assertThat(emulator.notifications().get(id).recipients()).isEmpty();
		assertUnprocessable(send("DELETE", "/notifications/" + id + "/cancel", null), "is cancelled");
		assertThat(send("DELETE", "/notifications/424242/cancel", null).statusCode()).isEqualTo(404);
	}

	@Test
	void notificationStatisticsFollowOpens() throws Exception {
		EmulatedSubscription first = emulator.subscriptions().add("u1");
		emulator.subscriptions().add("u2");
		long id = json(send("POST", notifications(), "{\"body\": \"x\"}").body()).get("id").longValue();
		emulator.notifications().markOpened(id, first.id());
		emulator.notifications().markOpened(id, first.id());

		JsonNode notification = json(send("GET", "/notifications/" + id, null).body());
		assertThat(notification.get("successfully_sent_count").longValue()).isEqualTo(2);
		assertThat(notification.get("opened_count").longValue()).isEqualTo(1);
		assertThat(notification.get("scheduled_count").longValue()).isZero();
		JsonNode subscription = json(send("GET", subscriptions() + "/" + first.id(), null).body());
		assertThat(subscription.get("last_click_at").stringValue()).isEqualTo("2026-07-01T10:00:00.000Z");
	}

	@Test
	void notificationUsesProjectDefaults() throws Exception {
		long id = json(send("POST", notifications(), "{\"body\": \"x\"}").body()).get("id").longValue();
		JsonNode notification = json(send("GET", "/notifications/" + id, null).body());
		assertThat(notification.get("project_id").longValue()).isEqualTo(this.project);
		assertThat(notification.get("title").stringValue()).isEqualTo("Default project");
		assertThat(notification.get("target_url").stringValue()).isEqualTo("https://example.com");
		assertThat(notification.get("ttl").longValue()).isEqualTo(604800);
		assertThat(notification.get("uids").isNull()).isTrue();
		assertThat(notification.get("tags").isNull()).isTrue();
		assertThat(notification.get("actions").isArray()).isTrue();
		assertThat(notification.get("created_at").stringValue()).isEqualTo("2026-07-01T10:00:00.000Z");
	}

	@Test
	void listNotificationsNewestFirstWithinRetention() throws Exception {
		send("POST", notifications(), "{\"body\": \"old\"}");
		emulator.clock().advance(Duration.ofDays(36));
		send("POST", notifications(), "{\"body\": \"first\"}");
		send("POST", notifications(), "{\"body\": \"second\"}");
		JsonNode page = json(send("GET", notifications() + "?page=1", null).body());
		assertThat(page.size()).isEqualTo(2);
		assertThat(page.get(0).get("body").stringValue()).isEqualTo("second");
		assertThat(page.get(1).get("body").stringValue()).isEqualTo("first");
		assertThat(json(send("GET", notifications() + "?page=2", null).body()).size()).isZero();
		assertUnprocessable(send("GET", notifications() + "?page=0", null), "page is invalid");
	}

	@Test
	void countSubscriptionsWithHeadAndGet() throws Exception {
		for (int i = 0; i < 35; i++) {
			emulator.subscriptions().add("u" + i, (i % 2 == 0) ? "even" : "odd");
		}
		HttpResponse<String> head = send("HEAD", subscriptions(), null);
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.headers().firstValue("X-Total-Count")).hasValue("35");
		assertThat(head.body()).isEmpty();

		HttpResponse<String> firstPage = send("GET", subscriptions(), null);
		assertThat(firstPage.headers().firstValue("X-Total-Count")).hasValue("35");
		assertThat(json(firstPage.body()).size()).isEqualTo(30);
		assertThat(json(send("GET", subscriptions() + "?page=2", null).body()).size()).isEqualTo(5);
		assertThat(json(send("GET", subscriptions() + "?page=2&per_page=20", null).body()).size()).isEqualTo(15);

		HttpResponse<String> filtered = send("GET",
				subscriptions() + "?uids%5B%5D=u0&uids%5B%5D=u1&uids%5B%5D=u2&tags%5B%5D=even+%26%26+%21odd", null);
		assertThat(filtered.headers().firstValue("X-Total-Count")).hasValue("2");
		assertThat(json(filtered.body()).findValuesAsString("uid")).containsExactly("u0", "u2");
		assertThat(send("HEAD", subscriptions() + "?tags=odd", null).headers().firstValue("X-Total-Count"))
			.hasValue("17");
	}

	@Test
	void subscriptionLifecycle() throws Exception {
		HttpResponse<String> created = send("POST", subscriptions(),
				"{\"endpoint\": \"https://push.example.com/1\", \"p256dh\": \"key\", \"auth\": \"secret\", "
						+ "\"uid\": \"u1\", \"tags\": [\"a\", \"b\"]}");
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode subscription = json(created.body());
		long id = subscription.get("id").longValue();
		assertThat(subscription.get("project_id").longValue()).isEqualTo(this.project);
		assertThat(subscription.get("last_click_at").isNull()).isTrue();
		assertThat(strings(subscription.get("tags"))).containsExactly("a", "b");

		JsonNode updated = json(send("PATCH", subscriptions() + "/" + id, "{\"tags\": [\"c\"]}").body());
		assertThat(updated.get("uid").stringValue()).isEqualTo("u1");
		assertThat(strings(updated.get("tags"))).containsExactly("c");
		JsonNode cleared = json(send("PATCH", subscriptions() + "/" + id, "{\"uid\": null}").body());
		assertThat(cleared.get("uid").isNull()).isTrue();
		assertThat(strings(cleared.get("tags"))).containsExactly("c");

		assertThat(send("DELETE", subscriptions() + "/" + id, null).statusCode()).isEqualTo(204);
		assertThat(send("GET", subscriptions() + "/" + id, null).statusCode()).isEqualTo(404);
		assertThat(send("PATCH", subscriptions() + "/" + id, "{\"uid\": \"x\"}").statusCode()).isEqualTo(404);
	}

	@Test
	void subscriptionValidationIs422() throws Exception {
		assertUnprocessable(send("POST", subscriptions(), "{\"uid\": \"u1\"}"), "endpoint is missing");
		assertUnprocessable(send("POST", subscriptions(), "{\"endpoint\": \"not a url\"}"), "endpoint is invalid");
		assertUnprocessable(send("POST", subscriptions(), "{\"endpoint\": \"https://p.example.com/1\", "
				+ "\"tags\": [\"a b\"]}"), "\"a b\" is not a valid tag");
	}

	@Test
	void subscriptionOfAnotherProjectIs404() throws Exception {
		EmulatedProject other = emulator.projects().add("Other", "https://other.example.com");
		EmulatedSubscription subscription = emulator.subscriptions().addTo(other.id(), "u1");
		assertThat(send("GET", subscriptions() + "/" + subscription.id(), null).statusCode()).isEqualTo(404);
		assertThat(send("GET", "/projects/" + other.id() + "/subscriptions/" + subscription.id(), null)
			.statusCode()).isEqualTo(200);
	}

	@Test
	void projectLifecycle() throws Exception {
		long sender = emulator.projects().senders().get(0).id();
		HttpResponse<String> created = send("POST", "/projects",
				"{\"sender_id\": " + sender + ", \"name\": \"Shop\", \"website\": \"https://shop.example.com\", "
						+ "\"notifications_ttl\": 3600}");
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode project = json(created.body());
		long id = project.get("id").longValue();
		assertThat(project.get("notifications_ttl").longValue()).isEqualTo(3600);
		assertThat(project.get("icon_url").isNull()).isTrue();

		JsonNode updated = json(send("PATCH", "/projects/" + id,
				"{\"name\": \"Store\", \"icon_url\": \"https://shop.example.com/i.png\"}").body());
		assertThat(updated.get("name").stringValue()).isEqualTo("Store");
		assertThat(updated.get("website").stringValue()).isEqualTo("https://shop.example.com");
		assertThat(updated.get("icon_url").stringValue()).isEqualTo("https://shop.example.com/i.png");
		assertThat(json(send("GET", "/projects", null).body()).size()).isEqualTo(2);

		HttpResponse<String> deleted = send("DELETE", "/projects/" + id, null);
		assertThat(deleted.statusCode()).isEqualTo(202);
		assertThat(send("GET", "/projects/" + id, null).statusCode()).isEqualTo(404);
	}

	@Test
	void projectValidationIs422() throws Exception {
		assertUnprocessable(send("POST", "/projects", "{\"sender_id\": 987654, \"name\": \"x\", "
				+ "\"website\": \"https://x.example.com\"}"), "Sender 987654 not found");
		assertUnprocessable(send("POST", "/projects", "{\"name\": \"x\", \"website\": \"https://x.example.com\"}"),
				"sender_id is missing");
		assertUnprocessable(send("POST", "/projects", "{\"sender_id\": 1, \"website\": \"https://x.example.com\"}"),
				"name is missing");
		assertUnprocessable(send("POST", "/projects", "{\"sender_id\": 1, \"name\": \"x\", "
				+ "\"website\": \"https://x.example.com\", \"notifications_ttl\": 2419201}"), "between 0 and 2419200");
		assertUnprocessable(send("PATCH", "/projects/" + this.project, "{\"sender_id\": 1}"), "read-only");
	}

	@Test
	void senderLifecycle() throws Exception {
		HttpResponse<String> created = send("POST", "/senders", "{\"name\": \"Keys\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode sender = json(created.body());
		long id = sender.get("id").longValue();
		assertThat(sender.get("vapid_private_key").stringValue()).startsWith("-----BEGIN EC PRIVATE KEY-----\n");
		assertThat(sender.get("vapid_public_key").stringValue()).startsWith("-----BEGIN PUBLIC KEY-----\n");

		JsonNode renamed = json(send("PATCH", "/senders/" + id, "{\"name\": \"Renamed\"}").body());
		assertThat(renamed.get("name").stringValue()).isEqualTo("Renamed");
		assertThat(renamed.get("vapid_public_key")).isEqualTo(sender.get("vapid_public_key"));
		assertThat(json(send("GET", "/senders", null).body()).size()).isEqualTo(2);

		assertThat(send("DELETE", "/senders/" + id, null).statusCode()).isEqualTo(204);
		assertThat(send("GET", "/senders/" + id, null).statusCode()).isEqualTo(404);
	}

	@Test
	void senderWithProjectsCannotBeDeleted() throws Exception {
		long sender = emulator.projects().senders().get(0).id();
		HttpResponse<String> response = send("DELETE", "/senders/" + sender, null);
		assertUnprocessable(response, "still used by projects [" + this.project + "]");
		send("DELETE", "/projects/" + this.project, null);
		assertThat(send("DELETE", "/senders/" + sender, null).statusCode()).isEqualTo(204);
	}

	@Test
	void senderKeysMustComeInPairs() throws Exception {
		assertUnprocessable(send("POST", "/senders", "{\"name\": \"x\", \"vapid_public_key\": \"k\"}"),
				"must be given together");
		assertUnprocessable(send("POST", "/senders", "{\"name\": \"x\", \"vapid_private_key\": \"a\", "
				+ "\"vapid_public_key\": \"b\"}"), "vapid_private_key is invalid");
	}

	@Test
	void importedSenderKeysMustParse() throws Exception {
		VapidKeys pair = VapidKeys.generate();
		VapidKeys otherPair = VapidKeys.generate();
		String garbagePrivateKey = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIPrivate\n-----END EC PRIVATE KEY-----\n";
		String garbagePublicKey = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQPublic\n-----END PUBLIC KEY-----\n";
		KeyPairGenerator p384 = KeyPairGenerator.getInstance("EC");
		p384.initialize(new ECGenParameterSpec("secp384r1"));
		String p384PublicKey = "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder().encodeToString(p384.generateKeyPair().getPublic().getEncoded())
				+ "\n-----END PUBLIC KEY-----\n";

		assertUnprocessable(createSender(garbagePrivateKey, pair.publicKeyPem()),
				"vapid_private_key is invalid: its PEM block does not contain an EC private key");
		assertUnprocessable(createSender(pair.privateKeyPem(), garbagePublicKey),
				"vapid_public_key is invalid: its PEM block does not contain an EC public key");
		assertUnprocessable(createSender(pair.privateKeyPem(), p384PublicKey),
				"vapid_public_key is invalid: it is not a key on the P-256 curve");
		assertUnprocessable(createSender(pair.privateKeyPem(), otherPair.publicKeyPem()),
				"vapid_public_key is invalid: it does not belong to vapid_private_key");
		assertThat(emulator.projects().senders()).hasSize(1);

		HttpResponse<String> imported = createSender(pair.privateKeyPem(), pair.publicKeyPem());
		assertThat(imported.statusCode()).isEqualTo(201);
		assertThat(imported.body()).doesNotContain("MHcCAQEEIPrivate");
	}

	@Test
	void pastSendAtIsDeliveredAtCreation() throws Exception {
		emulator.subscriptions().add("u1");
		HttpResponse<String> created = send("POST", notifications(),
				"{\"body\": \"Late\", \"uids\": [\"u1\"], \"send_at\": \"2026-07-01T09:00:00.000Z\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode result = json(created.body());
		assertThat(result.get("scheduled").longValue()).isEqualTo(1);
		assertThat(strings(result.get("uids"))).containsExactly("u1");
		assertThat(result.has("send_at")).isFalse();

		EmulatedNotification notification = emulator.notifications().get(result.get("id").longValue());
		assertThat(notification.status()).isEqualTo(EmulatedNotification.Status.SENT);
		assertThat(notification.recipientUids()).containsExactly("u1");
		assertThat(notification.sendAt()).isEqualTo(Instant.parse("2026-07-01T09:00:00Z"));
	}

	@Test
	void resetRestoresInitialState() throws Exception {
		emulator.subscriptions().add("u1");
		send("POST", notifications(), "{\"body\": \"x\"}");
		emulator.clock().advance(Duration.ofHours(1));
		emulator.reset();
		assertThat(emulator.subscriptions().all()).isEmpty();
		assertThat(emulator.notifications().all()).isEmpty();
		assertThat(emulator.projects().all()).hasSize(1);
		assertThat(emulator.clock().instant()).isEqualTo(START);
		assertThat(emulator.defaultProjectId()).isEqualTo(this.project);
	}

	private HttpResponse<String> createSender(String privateKey, String publicKey)
			throws IOException, InterruptedException {
		return send("POST", "/senders", JSON.writeValueAsString(
				Map.of("name", "Imported", "vapid_private_key", privateKey, "vapid_public_key", publicKey)));
	}

	private String notifications() {
		return "/projects/" + this.project + "/notifications";
	}

	private String subscriptions() {
		return "/projects/" + this.project + "/subscriptions";
	}

	private URI uri(String path) {
		return URI.create(emulator.baseUrl() + path);
	}

	private HttpResponse<String> send(String method, String path, @Nullable String body)
			throws IOException, InterruptedException {
		HttpResponse<String> response = sendUnchecked(method, path, body);
		String responseBody = response.body().isEmpty() ? null : response.body();
		assertThat(CONTRACT.validateResponse(method, URI.create(path).getRawPath(), response.statusCode(), responseBody))
			.as("%s %s returned %s: %s", method, path, response.statusCode(), response.body())
			.isEmpty();
		return response;
	}

	private HttpResponse<String> sendUnchecked(String method, String path, @Nullable String body)
			throws IOException, InterruptedException {
		HttpRequest.BodyPublisher publisher = (body != null) ? HttpRequest.BodyPublishers.ofString(body)
				: HttpRequest.BodyPublishers.noBody();
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + emulator.authToken())
			.header("Accept", "application/json")
			.method(method, publisher);
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void assertUnprocessable(HttpResponse<String> response, String expectedMessagePart) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(error(response)).contains(expectedMessagePart);
	}

	private static String error(HttpResponse<String> response) {
		return json(response.body()).get("error").stringValue();
	}

	private static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::stringValue).toList();
	}

}
