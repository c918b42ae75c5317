package xyz.pushpad.client;

import java.util.List;
import java.util.stream.Stream;

import xyz.pushpad.client.notification.Notification;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.notification.NotificationRequest;
import xyz.pushpad.client.project.Project;
import xyz.pushpad.client.project.ProjectCreateRequest;
import xyz.pushpad.client.project.ProjectUpdateRequest;
import xyz.pushpad.client.sender.Sender;
import xyz.pushpad.client.sender.SenderCreateRequest;
import xyz.pushpad.client.subscription.Subscription;
import xyz.pushpad.client.subscription.SubscriptionCreateRequest;
import xyz.pushpad.client.subscription.SubscriptionFilter;
import xyz.pushpad.client.subscription.SubscriptionUpdateRequest;

/**
 * Operations of the Pushpad REST API. Implemented by {@link PushpadTemplate}; application code that depends on this
 * interface can replace it with a mock or stub in tests.
 *
 * <p>Operations on a project use the default project id the implementation was configured with, or the one bound by
 * {@link #forProject(long)}. They throw {@link PushpadValidationException} before sending anything when no project id
 * is set or an argument is invalid, {@link PushpadApiException} when Pushpad responds with an error status, and
 * {@link PushpadClientException} when no usable response arrives.
 */
public interface PushpadOperations {

	/**
	 * Page size Pushpad uses for subscriptions when a request names none.
	 */
	int DEFAULT_SUBSCRIPTIONS_PER_PAGE = 30;

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
	 * Returns the notifications created in the project in the last 35 days, newest first, as a lazy stream: the next
	 * page is fetched only when the stream reaches it. Pushpad chooses the page size, so the stream ends after an
	 * empty page or a page shorter than the first one.
	 * @return the notifications of every page
	 */
	Stream<Notification> streamNotifications();

	/**
	 * Cancels a scheduled notification. Only a notification whose delivery has not started can be cancelled.
	 * @param notificationId the notification id
	 * @throws PushpadNotFoundException if no such notification exists
	 * @throws PushpadUnprocessableEntityException if the notification can no longer be cancelled
	 */
	void cancelNotification(long notificationId);

	// Subscriptions

	/**
	 * Counts the subscriptions of the project that match the filter. Sends {@code GET} with {@code per_page=1} and
	 * reads the {@code X-Total-Count} header: the OpenAPI spec declares no {@code HEAD} on this path, so {@code GET}
	 * is the documented way, and one subscription is the smallest body it can return.
	 * @param filter uids and tags to match; {@link SubscriptionFilter#all()} counts every subscription
	 * @return the number of matching subscriptions
	 * @throws PushpadClientException if the response has no valid {@code X-Total-Count} header
	 */
	long countSubscriptions(SubscriptionFilter filter);

	/**
	 * Counts all subscriptions of the project.
	 * @return the number of subscriptions
	 */
	default long countSubscriptions() {
		return countSubscriptions(SubscriptionFilter.all());
	}

	/**
	 * Returns one page of the subscriptions of the project that match the filter.
	 * @param filter uids and tags to match
	 * @param page the page number, starting at 1
	 * @param perPage the number of subscriptions per page, positive
	 * @return the subscriptions of that page; empty past the last page
	 */
	List<Subscription> listSubscriptions(SubscriptionFilter filter, int page, int perPage);

	/**
	 * Returns one page of {@value #DEFAULT_SUBSCRIPTIONS_PER_PAGE} subscriptions of the project that match the
	 * filter.
	 * @param filter uids and tags to match
	 * @param page the page number, starting at 1
	 * @return the subscriptions of that page; empty past the last page
	 */
	default List<Subscription> listSubscriptions(SubscriptionFilter filter, int page) {
		return listSubscriptions(filter, page, DEFAULT_SUBSCRIPTIONS_PER_PAGE);
	}

	/**
	 * Returns the subscriptions of the project that match the filter as a lazy stream: the next page is fetched only
	 * when the stream reaches it, and the stream ends after an empty page or a page shorter than {@code perPage}.
	 * Pushpad does not document a maximum page size. A server that returned fewer than {@code perPage} items per
	 * page would end the stream after its first page, so a page size above the default is at the caller's risk.
	 * @param filter uids and tags to match
	 * @param perPage the number of subscriptions fetched per request, positive
	 * @return the matching subscriptions of every page
	 */
	Stream<Subscription> streamSubscriptions(SubscriptionFilter filter, int perPage);

	/**
	 * Returns the subscriptions of the project that match the filter as a lazy stream, fetching
	 * {@value #DEFAULT_SUBSCRIPTIONS_PER_PAGE} per request.
	 * @param filter uids and tags to match
	 * @return the matching subscriptions of every page
	 */
	default Stream<Subscription> streamSubscriptions(SubscriptionFilter filter) {
		return streamSubscriptions(filter, DEFAULT_SUBSCRIPTIONS_PER_PAGE);
	}

	/**
	 * Returns a subscription of the project.
	 * @param subscriptionId the subscription id
	 * @return the subscription
	 * @throws PushpadNotFoundException if no such subscription exists in the project
	 */
	Subscription getSubscription(long subscriptionId);

	/**
	 * Creates a subscription in the project, usually to import it from another service.
	 * @param request the subscription
	 * @return the created subscription
	 * @throws PushpadUnprocessableEntityException if Pushpad rejects a field
	 */
	Subscription createSubscription(SubscriptionCreateRequest request);

	/**
	 * Changes the uid or the tags of a subscription of the project; a field the request leaves unchanged is not sent.
	 * @param subscriptionId the subscription id
	 * @param request the change
	 * @return the updated subscription
	 * @throws PushpadNotFoundException if no such subscription exists in the project
	 */
	Subscription updateSubscription(long subscriptionId, SubscriptionUpdateRequest request);

	/**
	 * Deletes a subscription of the project permanently.
	 * @param subscriptionId the subscription id
	 * @throws PushpadNotFoundException if no such subscription exists in the project
	 */
	void deleteSubscription(long subscriptionId);

	// Projects

	/**
	 * Returns every project of the account. Needs no project id.
	 * @return the projects
	 */
	List<Project> listProjects();

	/**
	 * Creates a project. Needs no project id.
	 * @param request the project
	 * @return the created project
	 * @throws PushpadUnprocessableEntityException if Pushpad rejects a field
	 */
	Project createProject(ProjectCreateRequest request);

	/**
	 * Returns a project.
	 * @param projectId the project id
	 * @return the project
	 * @throws PushpadNotFoundException if no such project exists
	 */
	Project getProject(long projectId);

	/**
	 * Changes the settings the request sets and keeps the others.
	 * @param projectId the project id
	 * @param request the change
	 * @return the updated project
	 * @throws PushpadNotFoundException if no such project exists
	 */
	Project updateProject(long projectId, ProjectUpdateRequest request);

	/**
	 * Requests the deletion of a project. Pushpad accepts the request (status 202) and deletes the project, with its
	 * subscriptions and notifications, later, so the project may still be returned for a while after this method
	 * returns.
	 * @param projectId the project id
	 * @throws PushpadNotFoundException if no such project exists
	 */
	void deleteProject(long projectId);

	// Senders

	/**
	 * Returns every sender of the account, with their VAPID keys. Needs no project id.
	 * @return the senders
	 */
	List<Sender> listSenders();

	/**
	 * Creates a sender, with a new VAPID key pair or the one the request imports. Needs no project id.
	 * @param request the sender
	 * @return the created sender
	 * @throws PushpadUnprocessableEntityException if Pushpad rejects a field
	 */
	Sender createSender(SenderCreateRequest request);

	/**
	 * Returns a sender with its VAPID keys.
	 * @param senderId the sender id
	 * @return the sender
	 * @throws PushpadNotFoundException if no such sender exists
	 */
	Sender getSender(long senderId);

	/**
	 * Renames a sender; its name is the only field that can change.
	 * @param senderId the sender id
	 * @param name the new name, not blank
	 * @return the updated sender
	 * @throws PushpadNotFoundException if no such sender exists
	 */
	Sender updateSender(long senderId, String name);

	/**
	 * Deletes a sender permanently. Pushpad rejects the deletion of a sender that still has projects.
	 * @param senderId the sender id
	 * @throws PushpadNotFoundException if no such sender exists
	 */
	void deleteSender(long senderId);

	// Identifying users

	/**
	 * Computes the signature that lets the Pushpad JavaScript SDK attach a uid to a subscription: the lowercase hex
	 * HMAC-SHA256 of the uid's UTF-8 bytes, keyed with the auth token.
	 * @param uid the user identifier
	 * @return 64 lowercase hex characters
	 */
	String signatureFor(String uid);

}
