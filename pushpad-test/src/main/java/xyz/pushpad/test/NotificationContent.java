package xyz.pushpad.test;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import xyz.pushpad.client.tag.TagExpression;

/**
 * Fields of a notification create request after validation; {@code null} means the request left the field out.
 */
record NotificationContent(String body, @Nullable String title, @Nullable String targetUrl, @Nullable String iconUrl,
		@Nullable String badgeUrl, @Nullable String imageUrl, @Nullable Long ttl, @Nullable Boolean requireInteraction,
		@Nullable Boolean silent, @Nullable Boolean urgent, @Nullable String customData,
		List<EmulatedNotification.Action> actions, @Nullable Boolean starred, @Nullable Instant sendAt,
		List<String> customMetrics, @Nullable List<String> uids, @Nullable List<String> tags,
		@Nullable List<TagExpression> tagExpressions) {

	/**
	 * Creates content with only a body, sent to every subscriber.
	 */
	static NotificationContent of(String body) {
		return new NotificationContent(body, null, null, null, null, null, null, null, null, null, null, List.of(),
				null, null, List.of(), null, null, null);
	}

}
