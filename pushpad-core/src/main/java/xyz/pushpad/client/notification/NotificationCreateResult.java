package xyz.pushpad.client.notification;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Result of creating a notification.
 *
 * <p>Pushpad reports {@code scheduled} and {@code uids} only for a notification sent at once, and {@code sendAt} only
 * for a scheduled one.
 *
 * @param id identifier of the new notification
 * @param scheduled estimated number of devices (not users) the notification goes to, or {@code null} for a scheduled
 * notification
 * @param uids the requested uids that have at least one subscription; empty when the request named no uids or the
 * notification is scheduled
 * @param sendAt time the notification will be sent, or {@code null} when it is sent at once
 */
public record NotificationCreateResult(@JsonProperty("id") long id, @JsonProperty("scheduled") @Nullable Long scheduled,
		@JsonProperty("uids") List<String> uids, @JsonProperty("send_at") @Nullable Instant sendAt) {

	public NotificationCreateResult {
		uids = (uids != null) ? List.copyOf(uids) : List.of();
	}

	/**
	 * Returns whether Pushpad scheduled the notification for later instead of sending it at once.
	 */
	public boolean isScheduled() {
		return this.sendAt != null;
	}

}
