package xyz.pushpad.benchmarks;

import java.util.List;

import xyz.pushpad.client.notification.Notification;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.subscription.Subscription;

/**
 * Checks, before measuring, that a client parsed what the stub serves, so that a misconfigured stub fails the run
 * instead of timing error responses.
 */
final class Responses {

	private Responses() {
	}

	static void check(NotificationCreateResult result) {
		if (result.id() != Stub.NOTIFICATION_ID || result.sendAt() == null) {
			throw new IllegalStateException("Unexpected create response from the stub: " + result);
		}
	}

	static void check(List<Subscription> subscriptions) {
		if (subscriptions.size() != Stub.PER_PAGE || subscriptions.get(0).endpoint() == null) {
			throw new IllegalStateException("Unexpected page of subscriptions from the stub: " + subscriptions);
		}
	}

	static void check(SubscriptionPage page) {
		check(page.subscriptions());
		if (page.totalCount() != Stub.TOTAL_SUBSCRIPTIONS) {
			throw new IllegalStateException("Unexpected X-Total-Count from the stub: " + page.totalCount());
		}
	}

	static void check(Notification notification) {
		if (notification.id() != Stub.NOTIFICATION_ID || notification.actions().size() != 2
				|| notification.uids() == null || notification.uids().size() != 3) {
			throw new IllegalStateException("Unexpected notification from the stub: " + notification);
		}
	}

}
