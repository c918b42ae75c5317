package xyz.pushpad.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import xyz.pushpad.client.notification.NotificationAction;
import xyz.pushpad.client.notification.NotificationRequest;
import xyz.pushpad.client.project.ProjectCreateRequest;
import xyz.pushpad.client.project.ProjectUpdateRequest;
import xyz.pushpad.client.sender.SenderCreateRequest;
import xyz.pushpad.client.subscription.SubscriptionCreateRequest;
import xyz.pushpad.client.subscription.SubscriptionFilter;
import xyz.pushpad.client.subscription.SubscriptionUpdateRequest;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Invalid arguments of notification, subscription, project and sender operations: each must fail with a message
 * naming the field, the value and the rule, before any request reaches the server.
 */
class ValidationTests {

	private static final String PRIVATE_KEY = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIPrivate\n-----END EC PRIVATE KEY-----";

	private static final String PUBLIC_KEY = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQPublic\n-----END PUBLIC KEY-----";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(options().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true))
		.build();

	@AfterEach
	void noRequestReachedServer() {
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource({ "invalidCalls", "invalidSubscriptionCalls", "invalidProjectAndSenderCalls" })
	void invalidCallFailsBeforeSending(Consumer<PushpadTemplate> call, String message) {
		PushpadTemplate template = PushpadTemplate.builder()
			.authToken("test-token")
			.projectId(123L)
			.baseUrl(server.baseUrl() + "/api/v1")
			.build();

		assertThatExceptionOfType(PushpadValidationException.class).isThrownBy(() -> call.accept(template))
			.withMessage(message);
	}

	static Stream<Arguments> invalidCalls() {
		String url = "must be an absolute http or https URL, such as https://example.com/page";
		String tags = "invalid tag expression: ";
		String word = "must contain only the word characters a-z, A-Z, 0-9 and _, such as \"open_order\"";
		String wholeSeconds = "must be a whole number of seconds because the API takes seconds: round it, for "
				+ "example with Duration.ofSeconds(...)";
		return Stream.of(
				send("missing body", (b) -> b.body(null),
						"Invalid 'body' (missing): must not be blank: a notification needs a body, set it with body(...)"),
				send("blank body", (b) -> b.body(" \t"),
						"Invalid 'body' (value \" \t\"): must not be blank: a notification needs a body, set it with body(...)"),
				send("four custom metrics", (b) -> b.customMetrics("a", "b", "c", "d"),
						"Invalid 'custom_metrics' (value [a, b, c, d]): must have at most 3 elements, but has 4"),
				send("blank custom metric", (b) -> b.customMetrics("clicks", ""),
						"Invalid 'custom_metrics[1]' (value \"\"): must not be null or blank: remove the element or give it a value"),
				send("tag with space", (b) -> b.tags("a b"),
						"Invalid 'tags[0]' (value \"a b\"): " + tags + "expected '&&', '||' or the end of the expression, found 'b' at index 2"),
				send("tag with accent", (b) -> b.tags("ok", "caf\u00e9"), "Invalid 'tags[1]' (value \"caf\u00e9\"): " + tags
						+ "expected '&&', '||' or the end of the expression, found '\u00e9', which is not allowed in a tag "
						+ "(allowed: a-z A-Z 0-9 _ - . : @ #) at index 3"),
				send("unclosed parenthesis", (b) -> b.tags("(a && b"),
						"Invalid 'tags[0]' (value \"(a && b\"): " + tags + "missing ')' to close the '(' at index 0"),
				send("unopened parenthesis", (b) -> b.tags("a && b)"),
						"Invalid 'tags[0]' (value \"a && b)\"): " + tags + "unexpected ')' without a matching '(' at index 6"),
				send("dangling operator", (b) -> b.tags("a ||"), "Invalid 'tags[0]' (value \"a ||\"): " + tags
						+ "expected a tag, '!' or '(', found the end of the expression at index 4"),
				send("doubled operator", (b) -> b.tags("a && && b"), "Invalid 'tags[0]' (value \"a && && b\"): " + tags
						+ "expected a tag, '!' or '(', found '&' at index 5"),
				send("single ampersand", (b) -> b.tags("a & b"),
						"Invalid 'tags[0]' (value \"a & b\"): " + tags + "expected '&&', found a single '&' at index 2"),
				send("empty tag item", (b) -> b.tags("a", ""),
						"Invalid 'tags[1]' (value \"\"): must not be null or blank: remove the element or give it a value"),
				send("blank uid", (b) -> b.uids("u1", " "),
						"Invalid 'uids[1]' (value \" \"): must not be null or blank: remove the element or give it a value"),
				send("null uid", (b) -> b.uids(Arrays.asList("u1", null)),
						"Invalid 'uids[1]' (missing): must not be null or blank: remove the element or give it a value"),
				send("negative ttl", (b) -> b.ttl(-1), "Invalid 'ttl' (value -1): must be 0 or more seconds"),
				send("negative ttl duration", (b) -> b.ttl(Duration.ofSeconds(-60)),
						"Invalid 'ttl' (value -60): must be 0 or more seconds"),
				send("ttl with fraction of a second", (b) -> b.ttl(Duration.ofMillis(1500)),
						"Invalid 'ttl' (value PT1.5S): " + wholeSeconds),
				send("ttl below one second", (b) -> b.ttl(Duration.ofMillis(500)),
						"Invalid 'ttl' (value PT0.5S): " + wholeSeconds),
				send("relative target URL", (b) -> b.targetUrl("/orders"), "Invalid 'target_url' (value \"/orders\"): " + url),
				send("ftp icon URL", (b) -> b.iconUrl("ftp://example.com/i.png"),
						"Invalid 'icon_url' (value \"ftp://example.com/i.png\"): " + url),
				send("badge URL without host", (b) -> b.badgeUrl("https:///b.png"),
						"Invalid 'badge_url' (value \"https:///b.png\"): " + url),
				send("image URL with space", (b) -> b.imageUrl("https://example.com/a b.png"),
						"Invalid 'image_url' (value \"https://example.com/a b.png\"): " + url),
				send("action without title", (b) -> b.action(NotificationAction.of(" ")),
						"Invalid 'actions[0].title' (value \" \"): must not be blank: every action button needs a label"),
				send("action id with hyphen", (b) -> b.action(NotificationAction.of("Open").withAction("open-order")),
						"Invalid 'actions[0].action' (value \"open-order\"): " + word),
				send("action with relative URL",
						(b) -> b.action(NotificationAction.of("Open")).action(NotificationAction.of("Go", "go")),
						"Invalid 'actions[1].target_url' (value \"go\"): " + url),

				call("zero notification id", (t) -> t.getNotification(0),
						"Invalid 'notificationId' (value 0): must be a positive number"),
				call("negative cancel id", (t) -> t.cancelNotification(-5),
						"Invalid 'notificationId' (value -5): must be a positive number"),
				call("page zero", (t) -> t.listNotifications(0), "Invalid 'page' (value 0): must be a positive number"),
				call("zero project id", (t) -> t.forProject(0), "Invalid 'projectId' (value 0): must be a positive number"),
				call("missing project id", (t) -> PushpadTemplate.builder()
					.authToken("test-token")
					.baseUrl(server.baseUrl())
					.build()
					.listNotifications(), "Invalid 'projectId' (missing): this operation needs a project id: set a default "
							+ "one (pushpad.project-id in Spring Boot, projectId(...) on the builder) or call forProject(id)"),
				call("null request", (t) -> t.createNotification(null), "Invalid 'request' (missing): must not be null"));
	}

	static Stream<Arguments> invalidSubscriptionCalls() {
		String blankElement = "must not be null or blank: remove the element or give it a value";
		String https = "must be an absolute https URL, such as https://fcm.googleapis.com/fcm/send/...";
		String plainTag = "invalid tag: a subscription tag is a single tag of the characters a-z A-Z 0-9 _ - . : @ #, "
				+ "without spaces or operators";
		return Stream.of(
				call("filter with dangling operator", (t) -> t.countSubscriptions(SubscriptionFilter.byTags("a ||")),
						"Invalid 'tags[0]' (value \"a ||\"): invalid tag expression: expected a tag, '!' or '(', "
								+ "found the end of the expression at index 4"),
				call("filter with unclosed parenthesis",
						(t) -> t.listSubscriptions(SubscriptionFilter.byUids("u1").withTags("ok", "(a && b"), 1, 10),
						"Invalid 'tags[1]' (value \"(a && b\"): invalid tag expression: missing ')' to close the '(' "
								+ "at index 0"),
				call("filter with blank tag", (t) -> t.streamSubscriptions(SubscriptionFilter.byTags(" ")),
						"Invalid 'tags[0]' (value \" \"): " + blankElement),
				call("filter with null uid", (t) -> t.countSubscriptions(SubscriptionFilter.byUids("u1", null)),
						"Invalid 'uids[1]' (missing): " + blankElement),
				call("filter with blank uid", (t) -> t.listSubscriptions(SubscriptionFilter.byUids(""), 1, 10),
						"Invalid 'uids[0]' (value \"\"): " + blankElement),
				createSubscription("missing endpoint", (b) -> b.endpoint(null),
						"Invalid 'endpoint' (missing): must not be blank: a subscription needs the push endpoint URL "
								+ "of the browser, set it with endpoint(...)"),
				createSubscription("http endpoint", (b) -> b.endpoint("http://push.example.com/send/abc"),
						"Invalid 'endpoint' (value \"http://push.example.com/send/abc\"): " + https),
				createSubscription("relative endpoint", (b) -> b.endpoint("/send/abc"),
						"Invalid 'endpoint' (value \"/send/abc\"): " + https),
				createSubscription("endpoint without host", (b) -> b.endpoint("https:///send/abc"),
						"Invalid 'endpoint' (value \"https:///send/abc\"): " + https),
				createSubscription("blank uid", (b) -> b.uid(" "), "Invalid 'uid' (value \" \"): must not be blank: "
						+ "leave the uid unset for a subscription without a user"),
				createSubscription("tag expression as tag", (b) -> b.tags("sports", "a && b"),
						"Invalid 'tags[1]' (value \"a && b\"): " + plainTag),
				createSubscription("negated tag", (b) -> b.tags("!vip"), "Invalid 'tags[0]' (value \"!vip\"): " + plainTag),
				createSubscription("tag with accent", (b) -> b.tags("caf\u00e9"),
						"Invalid 'tags[0]' (value \"caf\u00e9\"): " + plainTag),
				createSubscription("empty tag", (b) -> b.tags(""), "Invalid 'tags[0]' (value \"\"): " + blankElement),
				call("update with tag expression",
						(t) -> t.updateSubscription(7, SubscriptionUpdateRequest.builder().tags("a || b").build()),
						"Invalid 'tags[0]' (value \"a || b\"): " + plainTag),
				call("update with tag with space",
						(t) -> t.updateSubscription(7, SubscriptionUpdateRequest.builder().uid("u1").tags("not a tag").build()),
						"Invalid 'tags[0]' (value \"not a tag\"): " + plainTag),
				call("update with null tag",
						(t) -> t.updateSubscription(7, SubscriptionUpdateRequest.builder().tags(Arrays.asList("a", null)).build()),
						"Invalid 'tags[1]' (missing): " + blankElement),
				call("update with blank uid", (t) -> t.updateSubscription(7, SubscriptionUpdateRequest.builder().uid("").build()),
						"Invalid 'uid' (value \"\"): must not be blank: use clearUid() to remove the uid"),
				call("update that changes nothing",
						(t) -> t.updateSubscription(7, SubscriptionUpdateRequest.builder().build()),
						"Invalid 'uid, tags' (missing): the update changes nothing: set or clear the uid with uid(...) "
								+ "or clearUid(), or the tags with tags(...) or clearTags()"));
	}

	static Stream<Arguments> invalidProjectAndSenderCalls() {
		String url = "must be an absolute http or https URL, such as https://example.com/page";
		String ttl = "must be between 0 and 2419200 seconds (28 days)";
		String wholeSeconds = "must be a whole number of seconds because the API takes seconds: round it, for "
				+ "example with Duration.ofSeconds(...)";
		String privatePem = "must be a key in PEM form, from a \"-----BEGIN PRIVATE KEY-----\" line to the matching "
				+ "\"-----END PRIVATE KEY-----\" line";
		String publicPem = "must be a key in PEM form, from a \"-----BEGIN PUBLIC KEY-----\" line to the matching "
				+ "\"-----END PUBLIC KEY-----\" line";
		return Stream.of(
				createProject("zero sender id", 0, "Shop", "https://shop.example.com", (b) -> {
				}, "Invalid 'sender_id' (value 0): must be a positive number"),
				createProject("negative sender id", -3, "Shop", "https://shop.example.com", (b) -> {
				}, "Invalid 'sender_id' (value -3): must be a positive number"),
				createProject("blank name", 1, " ", "https://shop.example.com", (b) -> {
				}, "Invalid 'name' (value \" \"): must not be blank: a project needs a name"),
				createProject("missing website", 1, "Shop", null, (b) -> {
				}, "Invalid 'website' (missing): must not be blank: a project needs the URL of its website"),
				createProject("website without scheme", 1, "Shop", "shop.example.com", (b) -> {
				}, "Invalid 'website' (value \"shop.example.com\"): " + url),
				createProject("ftp icon URL", 1, "Shop", "https://shop.example.com",
						(b) -> b.iconUrl("ftp://shop.example.com/icon.png"),
						"Invalid 'icon_url' (value \"ftp://shop.example.com/icon.png\"): " + url),
				createProject("relative badge URL", 1, "Shop", "https://shop.example.com", (b) -> b.badgeUrl("/badge.png"),
						"Invalid 'badge_url' (value \"/badge.png\"): " + url),
				createProject("ttl above 28 days", 1, "Shop", "https://shop.example.com",
						(b) -> b.notificationsTtl(Duration.ofSeconds(2_419_201)),
						"Invalid 'notifications_ttl' (value 2419201): " + ttl),
				createProject("negative ttl", 1, "Shop", "https://shop.example.com",
						(b) -> b.notificationsTtl(Duration.ofSeconds(-1)), "Invalid 'notifications_ttl' (value -1): " + ttl),
				createProject("ttl below one second", 1, "Shop", "https://shop.example.com",
						(b) -> b.notificationsTtl(Duration.ofMillis(500)),
						"Invalid 'notifications_ttl' (value PT0.5S): " + wholeSeconds),
				updateProject("blank name", (b) -> b.name(""),
						"Invalid 'name' (value \"\"): must not be blank: leave it unset to keep the current name"),
				updateProject("blank website", (b) -> b.website(" "),
						"Invalid 'website' (value \" \"): must not be blank: leave it unset to keep the current website"),
				updateProject("relative website", (b) -> b.website("/shop"), "Invalid 'website' (value \"/shop\"): " + url),
				updateProject("data icon URL", (b) -> b.iconUrl("data:image/png;base64,AAAA"),
						"Invalid 'icon_url' (value \"data:image/png;base64,AAAA\"): " + url),
				updateProject("badge URL without host", (b) -> b.badgeUrl("http://"),
						"Invalid 'badge_url' (value \"http://\"): " + url),
				updateProject("ttl of 29 days", (b) -> b.notificationsTtl(Duration.ofDays(29)),
						"Invalid 'notifications_ttl' (value 2505600): " + ttl),
				updateProject("ttl with fraction of a second", (b) -> b.notificationsTtl(Duration.ofMillis(60_250)),
						"Invalid 'notifications_ttl' (value PT1M0.25S): " + wholeSeconds),
				call("sender without name", (t) -> t.createSender(SenderCreateRequest.of(null)),
						"Invalid 'name' (missing): must not be blank: a sender needs a name"),
				call("sender with blank name", (t) -> t.createSender(SenderCreateRequest.of("\t")),
						"Invalid 'name' (value \"\t\"): must not be blank: a sender needs a name"),
				call("sender with private key only", (t) -> t.createSender(new SenderCreateRequest("S", PRIVATE_KEY, null)),
						"Invalid 'vapid_public_key': missing while 'vapid_private_key' is set: import both keys of the "
								+ "VAPID key pair, or neither to have Pushpad generate them"),
				call("sender with public key only", (t) -> t.createSender(new SenderCreateRequest("S", null, PUBLIC_KEY)),
						"Invalid 'vapid_private_key': missing while 'vapid_public_key' is set: import both keys of the "
								+ "VAPID key pair, or neither to have Pushpad generate them"),
				call("private key not in PEM",
						(t) -> t.createSender(SenderCreateRequest.importing("S", "SecretKeyMaterial42", PUBLIC_KEY)),
						"Invalid 'vapid_private_key': " + privatePem),
				call("private key without END line",
						(t) -> t.createSender(SenderCreateRequest.importing("S",
								"-----BEGIN EC PRIVATE KEY-----\nSecretKeyMaterial42\n", PUBLIC_KEY)),
						"Invalid 'vapid_private_key': " + privatePem),
				call("public key as raw base64url",
						(t) -> t.createSender(SenderCreateRequest.importing("S", PRIVATE_KEY, "BOrhxN0aHd2pYnE8Ajq4")),
						"Invalid 'vapid_public_key': " + publicPem),
				call("keys swapped", (t) -> t.createSender(SenderCreateRequest.importing("S", PUBLIC_KEY, PRIVATE_KEY)),
						"Invalid 'vapid_private_key': must be a private key, but its PEM label is \"PUBLIC KEY\": "
								+ "check that the keys are not swapped"),
				call("private key given as public key",
						(t) -> t.createSender(SenderCreateRequest.importing("S", PRIVATE_KEY, PRIVATE_KEY)),
						"Invalid 'vapid_public_key': must be a public key, but its PEM label is \"EC PRIVATE KEY\": "
								+ "check that the keys are not swapped"),
				call("sender renamed to blank", (t) -> t.updateSender(3, " "),
						"Invalid 'name' (value \" \"): must not be blank: a sender needs a name"),
				call("sender renamed to null", (t) -> t.updateSender(3, null),
						"Invalid 'name' (missing): must not be blank: a sender needs a name"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "SecretKeyMaterial42", "-----BEGIN EC PRIVATE KEY-----\nSecretKeyMaterial42",
			"-----BEGIN PUBLIC KEY-----\nSecretKeyMaterial42\n-----END PUBLIC KEY-----" })
	void invalidPrivateKeyIsLeftOutOfException(String privateKey) {
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> SenderCreateRequest.importing("S", privateKey, PUBLIC_KEY))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("SecretKeyMaterial42"))
			.satisfies((ex) -> assertThat(ex.getRejectedValue()).isNull());
	}

	@Test
	void privateKeyInPublicKeyFieldIsLeftOutOfException() {
		String privateKey = "-----BEGIN EC PRIVATE KEY-----\nSecretKeyMaterial42\n-----END EC PRIVATE KEY-----";

		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> SenderCreateRequest.importing("S", PRIVATE_KEY, privateKey))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("SecretKeyMaterial42"))
			.satisfies((ex) -> assertThat(ex.getRejectedValue()).isNull());
	}

	@Test
	void sendAtLimitFollowsTemplateClock() {
		Instant now = Instant.parse("2030-01-01T00:00:00Z");
		PushpadTemplate template = PushpadTemplate.builder()
			.authToken("test-token")
			.projectId(123L)
			.baseUrl(server.baseUrl() + "/api/v1")
			.clock(Clock.fixed(now, ZoneOffset.UTC))
			.build();
		NotificationRequest tooLate = NotificationRequest.builder()
			.body("b")
			.sendAt(now.plus(Duration.ofDays(5)).plusSeconds(1))
			.build();

		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> template.createNotification(tooLate))
			.withMessage("Invalid 'send_at' (value 2030-01-06T00:00:01Z): must be at most 5 days after the current "
					+ "time 2030-01-01T00:00:00Z: pick a time at most 5 days ahead, or keep the notification in your "
					+ "application and create it closer to the time");
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> template.forProject(7).createNotification(tooLate))
			.withMessageContaining("current time 2030-01-01T00:00:00Z");
	}

	@Test
	void requestBuildsWithSendAtFarAhead() {
		Instant farAhead = Instant.now().plus(Duration.ofDays(400));

		assertThat(NotificationRequest.builder().body("b").sendAt(farAhead).build().sendAt()).isEqualTo(farAhead);
	}

	@Test
	void sendAtLimitDefaultsToSystemClock() {
		PushpadTemplate template = PushpadTemplate.builder()
			.authToken("test-token")
			.projectId(123L)
			.baseUrl(server.baseUrl() + "/api/v1")
			.build();
		Instant tooLate = Instant.now().plus(Duration.ofDays(5).plusMinutes(1));

		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> template
				.createNotification(NotificationRequest.builder().body("b").sendAt(tooLate).build()))
			.withMessageStartingWith("Invalid 'send_at' (value " + tooLate + "): must be at most 5 days");
	}

	private static Arguments send(String name, Consumer<NotificationRequest.Builder> change, String message) {
		Consumer<PushpadTemplate> call = (template) -> {
			NotificationRequest.Builder builder = NotificationRequest.builder().body("Hello");
			change.accept(builder);
			template.createNotification(builder.build());
		};
		return arguments(Named.of(name, call), message);
	}

	private static Arguments createSubscription(String name, Consumer<SubscriptionCreateRequest.Builder> change,
			String message) {
		Consumer<PushpadTemplate> call = (template) -> {
			SubscriptionCreateRequest.Builder builder = SubscriptionCreateRequest.builder()
				.endpoint("https://fcm.googleapis.com/fcm/send/abc");
			change.accept(builder);
			template.createSubscription(builder.build());
		};
		return arguments(Named.of(name, call), message);
	}

	private static Arguments createProject(String name, long senderId, String projectName, String website,
			Consumer<ProjectCreateRequest.Builder> change, String message) {
		Consumer<PushpadTemplate> call = (template) -> {
			ProjectCreateRequest.Builder builder = ProjectCreateRequest.builder(senderId, projectName, website);
			change.accept(builder);
			template.createProject(builder.build());
		};
		return arguments(Named.of("project " + name, call), message);
	}

	private static Arguments updateProject(String name, Consumer<ProjectUpdateRequest.Builder> change, String message) {
		Consumer<PushpadTemplate> call = (template) -> {
			ProjectUpdateRequest.Builder builder = ProjectUpdateRequest.builder();
			change.accept(builder);
			template.updateProject(5, builder.build());
		};
		return arguments(Named.of("project update " + name, call), message);
	}

	private static Arguments call(String name, Consumer<PushpadTemplate> call, String message) {
		return arguments(Named.of(name, call), message);
	}

}
