package xyz.pushpad.test;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Snapshot of a notification stored by the emulator, with the values Pushpad would report for it and the
 * subscriptions it was delivered to. Fields the request left out hold the project's defaults.
 *
 * @param id identifier of the notification
 * @param projectId identifier of the project it belongs to
 * @param title title
 * @param body main text
 * @param targetUrl page opened on click
 * @param iconUrl icon URL, or {@code null}
 * @param badgeUrl badge URL, or {@code null}
 * @param imageUrl image URL, or {@code null}
 * @param ttl time to live in seconds
 * @param requireInteraction whether it stays open until the user acts on it
 * @param silent whether sound and vibration are disabled
 * @param urgent whether it wakes sleeping devices
 * @param customData string passed to the action buttons' callbacks, or {@code null}
 * @param actions action buttons
 * @param starred whether it is bookmarked
 * @param sendAt time it is or was scheduled for, or {@code null} when it was sent at once
 * @param customMetrics custom metrics
 * @param uids requested uids, or {@code null} when the request named none
 * @param tags requested tags and tag expressions, or {@code null} when the request named none
 * @param createdAt time it was created
 * @param status where it is in its life
 * @param recipients subscriptions it was delivered to, empty until it is sent
 * @param openedCount number of recipients that opened it
 */
public record EmulatedNotification(long id, long projectId, String title, String body, String targetUrl,
		@Nullable String iconUrl, @Nullable String badgeUrl, @Nullable String imageUrl, long ttl,
		boolean requireInteraction, boolean silent, boolean urgent, @Nullable String customData, List<Action> actions,
		boolean starred, @Nullable Instant sendAt, List<String> customMetrics, @Nullable List<String> uids,
		@Nullable List<String> tags, Instant createdAt, Status status, List<EmulatedSubscription> recipients,
		long openedCount) {

	public EmulatedNotification {
		actions = List.copyOf(actions);
		customMetrics = List.copyOf(customMetrics);
		uids = (uids != null) ? List.copyOf(uids) : null;
		tags = (tags != null) ? List.copyOf(tags) : null;
		recipients = List.copyOf(recipients);
	}

	/**
	 * Returns the number of devices it was delivered to, as {@code successfully_sent_count} reports it.
	 */
	public long successfullySentCount() {
		return this.recipients.size();
	}

	/**
	 * Returns the uids of the subscriptions it was delivered to, in subscription order, without {@code null}s.
	 */
	public List<String> recipientUids() {
		return this.recipients.stream().map(EmulatedSubscription::uid).filter((uid) -> uid != null).toList();
	}

	/**
	 * Returns the ids of the subscriptions it was delivered to.
	 */
	public List<Long> recipientIds() {
		return this.recipients.stream().map(EmulatedSubscription::id).toList();
	}

	/**
	 * Life of a notification in the emulator.
	 */
	public enum Status {

		/**
		 * Waiting for its {@code send_at}; the only state in which it can be cancelled.
		 */
		SCHEDULED,

		/**
		 * Delivered to its recipients.
		 */
		SENT,

		/**
		 * Cancelled before it was sent.
		 */
		CANCELLED

	}

	/**
	 * Action button of a notification.
	 *
	 * @param title label of the button
	 * @param targetUrl page opened by the button, or {@code null}
	 * @param icon icon URL, or {@code null}
	 * @param action identifier passed to the JavaScript callback, or {@code null}
	 */
	public record Action(String title, @Nullable String targetUrl, @Nullable String icon, @Nullable String action) {
	}

}
