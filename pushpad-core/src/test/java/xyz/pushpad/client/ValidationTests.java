package xyz.pushpad.client;

import java.time.Duration;
import java.time.Instant;
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

import xyz.pushpad.client.notification.NotificationAction;
import xyz.pushpad.client.notification.NotificationRequest;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Invalid arguments: each must fail with a message naming the field, the value and the rule, before any request
 * reaches the server.
 */
class ValidationTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(options().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true))
		.build();

	@AfterEach
	void noRequestReachedServer() {
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("invalidCalls")
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
				send("send_at far ahead", (b) -> b.sendAt(Instant.parse("2100-01-01T00:00:00Z")),
						"Invalid 'send_at' (value 2100-01-01T00:00:00Z): must be at most 5 days after the current "
								+ "time: schedule it later, or keep it in your application until then"),

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

	@Test
	void sendAtLimitIsFiveDays() {
		Instant tooLate = Instant.now().plus(Duration.ofDays(5).plusMinutes(1));
		Instant inTime = Instant.now().plus(Duration.ofDays(5).minusMinutes(1));

		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> NotificationRequest.builder().body("b").sendAt(tooLate).build())
			.withMessageStartingWith("Invalid 'send_at' (value " + tooLate + "): must be at most 5 days");
		assertThat(NotificationRequest.builder().body("b").sendAt(inTime).build().sendAt()).isEqualTo(inTime);
	}

	private static Arguments send(String name, Consumer<NotificationRequest.Builder> change, String message) {
		Consumer<PushpadTemplate> call = (template) -> {
			NotificationRequest.Builder builder = NotificationRequest.builder().body("Hello");
			change.accept(builder);
			template.createNotification(builder.build());
		};
		return arguments(Named.of(name, call), message);
	}

	private static Arguments call(String name, Consumer<PushpadTemplate> call, String message) {
		return arguments(Named.of(name, call), message);
	}

}
