package xyz.pushpad.client.notification;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Notification as Pushpad stores it, with its delivery statistics. Pushpad keeps notifications for 35 days.
 *
 * @param id identifier of the notification
 * @param projectId identifier of the project it belongs to
 * @param title title shown to the user
 * @param body main text
 * @param targetUrl page opened on click
 * @param iconUrl icon URL, or {@code null} for the project's default
 * @param badgeUrl badge URL, or {@code null} for the project's default
 * @param imageUrl large image URL, or {@code null} for none
 * @param ttl seconds after which an undelivered notification is dropped
 * @param requireInteraction whether the notification stays open until the user acts on it
 * @param silent whether sound and vibration are disabled
 * @param urgent whether the notification wakes sleeping devices
 * @param customData string passed to the action buttons' JavaScript callbacks, or {@code null}
 * @param actions action buttons; empty when there are none
 * @param starred whether the notification is bookmarked in the dashboard
 * @param sendAt time the notification is or was scheduled for, or {@code null} when it was sent at once
 * @param customMetrics custom metrics its statistics are added to; empty when there are none
 * @param uids uids it was sent to, or {@code null} when it was not restricted by uid
 * @param tags tags and tag expressions it was sent to, or {@code null} when it was not restricted by tag
 * @param createdAt time it was created
 * @param successfullySentCount number of devices it was delivered to
 * @param openedCount number of devices on which it was clicked or opened
 * @param scheduledCount number of deliveries still in the sending queue
 * @param scheduled whether delivery has not started yet, which is when it can be cancelled
 * @param cancelled whether it was cancelled, by the caller or by Pushpad (for example when a quota was exceeded)
 */
public record Notification(@JsonProperty("id") long id, @JsonProperty("project_id") long projectId,
		@JsonProperty("title") @Nullable String title, @JsonProperty("body") @Nullable String body,
		@JsonProperty("target_url") @Nullable String targetUrl, @JsonProperty("icon_url") @Nullable String iconUrl,
		@JsonProperty("badge_url") @Nullable String badgeUrl, @JsonProperty("image_url") @Nullable String imageUrl,
		@JsonProperty("ttl") @Nullable Long ttl, @JsonProperty("require_interaction") boolean requireInteraction,
		@JsonProperty("silent") boolean silent, @JsonProperty("urgent") boolean urgent,
		@JsonProperty("custom_data") @Nullable String customData,
		@JsonProperty("actions") List<NotificationAction> actions, @JsonProperty("starred") boolean starred,
		@JsonProperty("send_at") @Nullable Instant sendAt,
		@JsonProperty("custom_metrics") List<String> customMetrics,
		@JsonProperty("uids") @Nullable List<String> uids, @JsonProperty("tags") @Nullable List<String> tags,
		@JsonProperty("created_at") @Nullable Instant createdAt,
		@JsonProperty("successfully_sent_count") long successfullySentCount,
		@JsonProperty("opened_count") long openedCount, @JsonProperty("scheduled_count") long scheduledCount,
		@JsonProperty("scheduled") boolean scheduled, @JsonProperty("cancelled") boolean cancelled) {

	public Notification {
		actions = (actions != null) ? List.copyOf(actions) : List.of();
		customMetrics = (customMetrics != null) ? List.copyOf(customMetrics) : List.of();
		uids = (uids != null) ? List.copyOf(uids) : null;
		tags = (tags != null) ? List.copyOf(tags) : null;
	}

}
