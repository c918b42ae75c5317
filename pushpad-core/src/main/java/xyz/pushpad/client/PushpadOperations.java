package xyz.pushpad.client;

import java.util.List;

import xyz.pushpad.client.notification.Notification;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.notification.NotificationRequest;

/**
 * Operations of the Pushpad REST API. Implemented by {@link PushpadTemplate}; application code that depends on this
 * interface can replace it with a mock or stub in tests.
 *
 * <p>Operations on a project use the default project id the implementation was configured with, or the one bound by
 * {@link #forProject(long)}. They throw {@link PushpadValidationException} before sending anything when no project id
 * is set or an argument is invalid, {@link PushpadApiException} when Pushpad answers with an error status, and
 * {@link PushpadClientException} when no usable response arrives.
 */
public interface PushpadOperations {

	/**
	 * Returns a view of these operations bound to another project. The view shares the configuration and the HTTP
	 * client of this one, so it is cheap to create per call.
	 * @param projectId the project id, positive
	 * @return operations that act on that project
	 */
	PushpadOperations forProject(long projectId);

	// Notifications

	/**
	 * Creates a notification in the project: sends it at once, or schedules it when {@code sendAt} is set.
	 * @param request the notification
	 * @return the id and, for a notification sent at once, the number of devices it goes to
	 */
	NotificationCreateResult createNotification(NotificationRequest request);

	/**
	 * Sends a notification; the same as {@link #createNotification(NotificationRequest)}.
	 * @param request the notification
	 * @return the id and, for a notification sent at once, the number of devices it goes to
	 */
	default NotificationCreateResult sendNotification(NotificationRequest request) {
		return createNotification(request);
	}

	/**
	 * Returns a notification with its delivery statistics. Pushpad keeps notifications for 35 days.
	 * @param notificationId the notification id
	 * @return the notification
	 * @throws PushpadNotFoundException if no such notification exists
	 */
	Notification getNotification(long notificationId);

	/**
	 * Returns one page of the notifications created in the project in the last 35 days, newest first.
	 * @param page the page number, starting at 1
	 * @return the notifications of that page; empty past the last page
	 */
	List<Notification> listNotifications(int page);

	/**
	 * Returns the first page of the notifications created in the project in the last 35 days.
	 * @return the notifications of the first page
	 */
	default List<Notification> listNotifications() {
		return listNotifications(1);
	}

	/**
	 * Cancels a scheduled notification. Only a notification whose delivery has not started can be cancelled.
	 * @param notificationId the notification id
	 * @throws PushpadNotFoundException if no such notification exists
	 * @throws PushpadUnprocessableEntityException if the notification can no longer be cancelled
	 */
	void cancelNotification(long notificationId);

	// Identifying users

	/**
	 * Computes the signature that lets the Pushpad JavaScript SDK attach a uid to a subscription: the lowercase hex
	 * HMAC-SHA256 of the uid's UTF-8 bytes, keyed with the auth token.
	 * @param uid the user identifier
	 * @return 64 lowercase hex characters
	 */
	String signatureFor(String uid);

}
