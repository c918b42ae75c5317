package xyz.pushpad.test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import xyz.pushpad.client.tag.TagExpression;

/**
 * Data of the emulator and the rules Pushpad applies to it. Every method is synchronized, so the HTTP threads and the
 * test thread see one consistent state.
 *
 * <p>Methods that read notifications or change subscriptions first deliver the scheduled notifications that became
 * due, because on the system clock time passes without a request or a clock move, and a notification's audience is
 * resolved at its {@code send_at}.
 */
final class EmulatorState {

	/**
	 * How long Pushpad keeps notifications readable through the API.
	 */
	static final Duration NOTIFICATION_RETENTION = Duration.ofDays(35);

	/**
	 * How far ahead a notification can be scheduled.
	 */
	static final Duration MAX_SCHEDULE_AHEAD = Duration.ofDays(5);

	private final EmulatorClock clock;

	private final VapidKeys defaultSenderKeys;

	private final Map<Long, EmulatedSender> senders = new LinkedHashMap<>();

	private final Map<Long, EmulatedProject> projects = new LinkedHashMap<>();

	private final Map<Long, EmulatedSubscription> subscriptions = new LinkedHashMap<>();

	private final Map<Long, StoredNotification> notifications = new LinkedHashMap<>();

	private long nextSenderId;

	private long nextProjectId;

	private long nextSubscriptionId;

	private long nextNotificationId;

	private long defaultProjectId;

	EmulatorState(EmulatorClock clock) {
		this.clock = clock;
		this.defaultSenderKeys = VapidKeys.generate();
		reset();
	}

	/**
	 * Drops all data and creates the default sender and project again. Ids of each type start from a different
	 * number, so that a test that mixes up a project id and a subscription id gets a 404.
	 */
	synchronized void reset() {
		this.senders.clear();
		this.projects.clear();
		this.subscriptions.clear();
		this.notifications.clear();
		this.nextSenderId = 1;
		this.nextProjectId = 100;
		this.nextSubscriptionId = 1000;
		this.nextNotificationId = 100000;
		EmulatedSender sender = createSender("Default sender", this.defaultSenderKeys);
		this.defaultProjectId = createProject((id) -> new EmulatedProject(id, sender.id(), "Default project",
				"https://example.com", null, null, EmulatedProject.DEFAULT_NOTIFICATIONS_TTL, false, false, now()))
			.id();
	}

	synchronized long defaultProjectId() {
		return this.defaultProjectId;
	}

	Instant now() {
		return this.clock.instant();
	}

	// Senders

	synchronized EmulatedSender createSender(String name, @Nullable VapidKeys keys) {
		VapidKeys pair = (keys != null) ? keys : VapidKeys.generate();
		EmulatedSender sender = new EmulatedSender(this.nextSenderId++, name, pair.privateKeyPem(),
				pair.publicKeyPem(), now());
		this.senders.put(sender.id(), sender);
		return sender;
	}

	synchronized List<EmulatedSender> senders() {
		return List.copyOf(this.senders.values());
	}

	synchronized EmulatedSender sender(long id) {
		EmulatedSender sender = this.senders.get(id);
		if (sender == null) {
			throw ApiError.notFound("Sender " + id + " not found");
		}
		return sender;
	}

	synchronized EmulatedSender renameSender(long id, String name) {
		EmulatedSender sender = sender(id).withName(name);
		this.senders.put(id, sender);
		return sender;
	}

	synchronized void deleteSender(long id) {
		sender(id);
		List<Long> projectIds = this.projects.values()
			.stream()
			.filter((project) -> project.senderId() == id)
			.map(EmulatedProject::id)
			.toList();
		if (!projectIds.isEmpty()) {
			throw ApiError.unprocessable("Sender " + id + " is still used by projects " + projectIds
					+ ": delete those projects or move them to another sender first");
		}
		this.senders.remove(id);
	}

	// Projects

	/**
	 * Stores a project built from the next project id after checking that its sender exists.
	 */
	synchronized EmulatedProject createProject(LongFunction<EmulatedProject> factory) {
		EmulatedProject project = factory.apply(this.nextProjectId);
		requireSender(project.senderId());
		this.nextProjectId++;
		this.projects.put(project.id(), project);
		return project;
	}

	synchronized List<EmulatedProject> projects() {
		return List.copyOf(this.projects.values());
	}

	synchronized EmulatedProject project(long id) {
		EmulatedProject project = this.projects.get(id);
		if (project == null) {
			throw ApiError.notFound("Project " + id + " not found");
		}
		return project;
	}

	synchronized EmulatedProject updateProject(long id, UnaryOperator<EmulatedProject> update) {
		EmulatedProject project = update.apply(project(id));
		requireSender(project.senderId());
		this.projects.put(id, project);
		return project;
	}

	/**
	 * Deletes the project with its subscriptions and notifications. Pushpad deletes asynchronously and returns 202,
	 * but the emulator deletes at once.
	 */
	synchronized void deleteProject(long id) {
		project(id);
		this.projects.remove(id);
		this.subscriptions.values().removeIf((subscription) -> subscription.projectId() == id);
		this.notifications.values().removeIf((notification) -> notification.projectId == id);
	}

	private void requireSender(long senderId) {
		if (!this.senders.containsKey(senderId)) {
			throw ApiError.unprocessable("Sender " + senderId + " not found: sender_id must name an existing sender");
		}
	}

	// Subscriptions

	synchronized EmulatedSubscription createSubscription(long projectId, String endpoint, @Nullable String p256dh,
			@Nullable String auth, @Nullable String uid, Set<String> tags) {
		project(projectId);
		deliverDue();
		EmulatedSubscription subscription = new EmulatedSubscription(this.nextSubscriptionId++, projectId, endpoint,
				p256dh, auth, uid, tags, null, now());
		this.subscriptions.put(subscription.id(), subscription);
		return subscription;
	}

	synchronized EmulatedSubscription subscription(long projectId, long id) {
		project(projectId);
		EmulatedSubscription subscription = this.subscriptions.get(id);
		if (subscription == null || subscription.projectId() != projectId) {
			throw ApiError.notFound("Subscription " + id + " not found in project " + projectId);
		}
		return subscription;
	}

	synchronized EmulatedSubscription updateSubscription(long projectId, long id,
			UnaryOperator<EmulatedSubscription> update) {
		deliverDue();
		EmulatedSubscription subscription = update.apply(subscription(projectId, id));
		this.subscriptions.put(id, subscription);
		return subscription;
	}

	synchronized void deleteSubscription(long projectId, long id) {
		subscription(projectId, id);
		deliverDue();
		this.subscriptions.remove(id);
	}

	/**
	 * Returns the subscriptions of the project that match the filters, by id. A {@code null} filter matches
	 * everything, an empty one nothing, and both must match when both are given.
	 */
	synchronized List<EmulatedSubscription> subscriptions(long projectId, @Nullable List<String> uids,
			@Nullable List<TagExpression> tags) {
		project(projectId);
		Set<String> uidSet = (uids != null) ? new HashSet<>(uids) : null;
		return this.subscriptions.values()
			.stream()
			.filter((subscription) -> subscription.projectId() == projectId)
			.filter((subscription) -> uidSet == null || uidSet.contains(subscription.uid()))
			.filter((subscription) -> tags == null || TagExpression.matchesAny(tags, subscription.tags()))
			.toList();
	}

	synchronized List<EmulatedSubscription> allSubscriptions() {
		return List.copyOf(this.subscriptions.values());
	}

	// Notifications

	/**
	 * Creates a notification. One without {@code sendAt}, or whose {@code sendAt} is not after the current time, is
	 * delivered at once and reported as sent at once, with {@code scheduled} and {@code uids}. A later one is
	 * delivered by {@link #deliverDue()} once the clock reaches its time, and its audience is resolved then, as
	 * Pushpad does.
	 */
	synchronized CreatedNotification createNotification(long projectId, NotificationContent content) {
		EmulatedProject project = project(projectId);
		Instant now = now();
		if (content.sendAt() != null && content.sendAt().isAfter(now.plus(MAX_SCHEDULE_AHEAD))) {
			throw ApiError.unprocessable("send_at " + content.sendAt() + " is more than 5 days after the current time "
					+ now + ": schedule notifications at most 5 days ahead");
		}
		deliverDue();
		StoredNotification notification = new StoredNotification(this.nextNotificationId++, project, content, now);
		this.notifications.put(notification.id, notification);
		// NOTE: Pushpad does not document its response to a send_at in the past. The emulator delivers such a
		// notification at once, so it reports it as a notification sent at once.
		if (content.sendAt() != null && content.sendAt().isAfter(now)) {
			return new CreatedNotification(notification.id, null, null, content.sendAt());
		}
		deliver(notification);
		List<String> matchedUids = null;
		if (content.uids() != null) {
			Set<String> subscribed = new HashSet<>();
			this.subscriptions.values()
				.stream()
				.filter((subscription) -> subscription.projectId() == projectId && subscription.uid() != null)
				.forEach((subscription) -> subscribed.add(subscription.uid()));
			matchedUids = new ArrayList<>(new LinkedHashSet<>(content.uids()));
			matchedUids.retainAll(subscribed);
		}
		return new CreatedNotification(notification.id, (long) notification.recipients.size(), matchedUids, null);
	}

	/**
	 * Delivers every scheduled notification whose time has come, in order of {@code send_at}.
	 * @return the number of notifications delivered
	 */
	synchronized int deliverDue() {
		Instant now = now();
		List<StoredNotification> due = this.notifications.values()
			.stream()
			.filter((notification) -> notification.status == EmulatedNotification.Status.SCHEDULED)
			.filter((notification) -> !notification.content.sendAt().isAfter(now))
			.sorted(Comparator.comparing((StoredNotification notification) -> notification.content.sendAt()))
			.toList();
		due.forEach(this::deliver);
		return due.size();
	}

	private void deliver(StoredNotification notification) {
		NotificationContent content = notification.content;
		notification.recipients = new ArrayList<>(
				subscriptions(notification.projectId, content.uids(), content.tagExpressions()));
		notification.status = EmulatedNotification.Status.SENT;
	}

	synchronized EmulatedNotification notification(long id) {
		deliverDue();
		StoredNotification notification = this.notifications.get(id);
		if (notification == null || notification.createdAt.isBefore(now().minus(NOTIFICATION_RETENTION))) {
			throw ApiError.notFound("Notification " + id + " not found");
		}
		return notification.snapshot();
	}

	/**
	 * Returns the notifications of the project created within the retention period, newest first.
	 */
	synchronized List<EmulatedNotification> notifications(long projectId) {
		project(projectId);
		deliverDue();
		Instant oldest = now().minus(NOTIFICATION_RETENTION);
		List<EmulatedNotification> result = new ArrayList<>();
		for (StoredNotification notification : this.notifications.values()) {
			if (notification.projectId == projectId && !notification.createdAt.isBefore(oldest)) {
				result.add(0, notification.snapshot());
			}
		}
		return result;
	}

	synchronized List<EmulatedNotification> allNotifications() {
		deliverDue();
		return this.notifications.values().stream().map(StoredNotification::snapshot).toList();
	}

	synchronized void cancelNotification(long id) {
		notification(id);
		StoredNotification notification = this.notifications.get(id);
		if (notification.status != EmulatedNotification.Status.SCHEDULED) {
			throw ApiError.unprocessable("Notification " + id + " is " + notification.status.name().toLowerCase()
					+ " and can no longer be cancelled: only scheduled notifications can be cancelled");
		}
		notification.status = EmulatedNotification.Status.CANCELLED;
	}

	/**
	 * Records that a recipient opened the notification: counts it once per subscription and sets the
	 * subscription's {@code last_click_at}.
	 */
	synchronized EmulatedNotification markOpened(long notificationId, long subscriptionId) {
		deliverDue();
		StoredNotification notification = this.notifications.get(notificationId);
		if (notification == null) {
			throw new IllegalArgumentException("Notification " + notificationId + " not found in the emulator");
		}
		boolean recipient = notification.recipients.stream()
			.anyMatch((subscription) -> subscription.id() == subscriptionId);
		if (!recipient) {
			throw new IllegalArgumentException("Subscription " + subscriptionId + " did not receive notification "
					+ notificationId + ", so it cannot open it; recipients are " + notification.snapshot()
						.recipientIds());
		}
		if (notification.openedBy.add(subscriptionId)) {
			EmulatedSubscription subscription = this.subscriptions.get(subscriptionId);
			if (subscription != null) {
				this.subscriptions.put(subscriptionId, subscription.withLastClickAt(now()));
			}
		}
		return notification.snapshot();
	}

	/**
	 * Result of a notification create request, as Pushpad reports it.
	 */
	record CreatedNotification(long id, @Nullable Long scheduled, @Nullable List<String> uids,
			@Nullable Instant sendAt) {
	}

	/**
	 * Notification with the parts that change as it is delivered, cancelled and opened.
	 */
	private static final class StoredNotification {

		private final long id;

		private final long projectId;

		private final EmulatedProject project;

		private final NotificationContent content;

		private final Instant createdAt;

		private EmulatedNotification.Status status;

		private List<EmulatedSubscription> recipients = List.of();

		private final Set<Long> openedBy = new HashSet<>();

		StoredNotification(long id, EmulatedProject project, NotificationContent content, Instant createdAt) {
			this.id = id;
			this.projectId = project.id();
			this.project = project;
			this.content = content;
			this.createdAt = createdAt;
			this.status = (content.sendAt() != null) ? EmulatedNotification.Status.SCHEDULED
					: EmulatedNotification.Status.SENT;
		}

		/**
		 * Returns the notification with the project's defaults in place of the fields the request left out.
		 */
		EmulatedNotification snapshot() {
			NotificationContent c = this.content;
			return new EmulatedNotification(this.id, this.projectId, orDefault(c.title(), this.project.name()),
					c.body(), orDefault(c.targetUrl(), this.project.website()),
					(c.iconUrl() != null) ? c.iconUrl() : this.project.iconUrl(),
					(c.badgeUrl() != null) ? c.badgeUrl() : this.project.badgeUrl(), c.imageUrl(),
					orDefault(c.ttl(), this.project.notificationsTtl()),
					orDefault(c.requireInteraction(), this.project.notificationsRequireInteraction()),
					orDefault(c.silent(), this.project.notificationsSilent()), orDefault(c.urgent(), false),
					c.customData(), c.actions(), orDefault(c.starred(), false), c.sendAt(), c.customMetrics(),
					c.uids(), c.tags(), this.createdAt, this.status, this.recipients, this.openedBy.size());
		}

		private static <T> T orDefault(@Nullable T value, T fallback) {
			return (value != null) ? value : fallback;
		}

	}

}
