package xyz.pushpad.client.project;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Pushpad project, usually one per website, with the defaults its notifications use.
 *
 * @param id identifier of the project
 * @param senderId identifier of the sender whose VAPID keys sign its notifications
 * @param name human-readable name
 * @param website URL of the website, also the default target URL of notifications
 * @param iconUrl default notification icon, or {@code null} for none
 * @param badgeUrl default notification badge, or {@code null} for none
 * @param notificationsTtl default seconds after which an undelivered notification is dropped
 * @param notificationsRequireInteraction whether notifications stay open until the user acts on them by default
 * @param notificationsSilent whether notifications are silent by default
 * @param createdAt time the project was created
 */
public record Project(@JsonProperty("id") long id, @JsonProperty("sender_id") long senderId,
		@JsonProperty("name") @Nullable String name, @JsonProperty("website") @Nullable String website,
		@JsonProperty("icon_url") @Nullable String iconUrl, @JsonProperty("badge_url") @Nullable String badgeUrl,
		@JsonProperty("notifications_ttl") @Nullable Long notificationsTtl,
		@JsonProperty("notifications_require_interaction") boolean notificationsRequireInteraction,
		@JsonProperty("notifications_silent") boolean notificationsSilent,
		@JsonProperty("created_at") @Nullable Instant createdAt) {

}
