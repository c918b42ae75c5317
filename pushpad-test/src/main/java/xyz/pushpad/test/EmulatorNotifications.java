package xyz.pushpad.test;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * Notifications stored by the emulator, for assertions: what was sent, to which subscriptions, and what is still
 * scheduled. Obtain it from {@link PushpadEmulator#notifications()}. Each method returns snapshots, which do not
 * change afterwards.
 */
public final class EmulatorNotifications {

	private final EmulatorState state;

	EmulatorNotifications(EmulatorState state) {
		this.state = state;
	}

	/**
	 * Returns every notification in order of creation, whatever its status.
	 * @return the notifications
	 */
	public List<EmulatedNotification> all() {
		return this.state.allNotifications();
	}

	/**
	 * Returns the notifications delivered so far, in order of creation.
	 * @return the sent notifications
	 */
	public List<EmulatedNotification> sent() {
		return withStatus(EmulatedNotification.Status.SENT);
	}

	/**
	 * Returns the notifications waiting for their {@code send_at}, in order of creation.
	 * @return the scheduled notifications
	 */
	public List<EmulatedNotification> scheduled() {
		return withStatus(EmulatedNotification.Status.SCHEDULED);
	}

	/**
	 * Returns the cancelled notifications, in order of creation.
	 * @return the cancelled notifications
	 */
	public List<EmulatedNotification> cancelled() {
		return withStatus(EmulatedNotification.Status.CANCELLED);
	}

	/**
	 * Returns a notification by id.
	 * @param id the notification id
	 * @return the notification
	 * @throws NoSuchElementException if the emulator has no such notification
	 */
	public EmulatedNotification get(long id) {
		return all().stream()
			.filter((notification) -> notification.id() == id)
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("Notification " + id + " not found in the emulator"));
	}

	/**
	 * Returns the notification created last.
	 * @return the notification
	 * @throws NoSuchElementException if no notification was created
	 */
	public EmulatedNotification last() {
		List<EmulatedNotification> all = all();
		if (all.isEmpty()) {
			throw new NoSuchElementException("No notification was created in the emulator");
		}
		return all.get(all.size() - 1);
	}

	/**
	 * Records that a recipient opened a notification, which raises its {@code opened_count} and sets the
	 * subscription's {@code last_click_at}. Opening twice counts once.
	 * @param notificationId the notification
	 * @param subscriptionId a subscription the notification was delivered to
	 * @return the notification after the change
	 * @throws IllegalArgumentException if the notification does not exist or did not reach the subscription
	 */
	public EmulatedNotification markOpened(long notificationId, long subscriptionId) {
		return this.state.markOpened(notificationId, subscriptionId);
	}

	/**
	 * Delivers every scheduled notification whose {@code send_at} has come. The emulator also does this before each
	 * request, before the other methods of this view and of {@link EmulatorSubscriptions} that read notifications or
	 * add subscriptions, and whenever its clock is advanced, so tests rarely need to call it.
	 * @return the number of notifications delivered
	 */
	public int deliverDue() {
		return this.state.deliverDue();
	}

	private List<EmulatedNotification> withStatus(EmulatedNotification.Status status) {
		return all().stream().filter((notification) -> notification.status() == status).toList();
	}

}
