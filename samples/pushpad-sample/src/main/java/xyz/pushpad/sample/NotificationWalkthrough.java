package xyz.pushpad.sample;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import xyz.pushpad.client.PushpadOperations;
import xyz.pushpad.client.notification.Notification;
import xyz.pushpad.client.notification.NotificationAction;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.notification.NotificationRequest;

/**
 * The steps of the sample: send, read back, schedule and cancel, each result printed to standard output.
 */
@Component
class NotificationWalkthrough implements ApplicationRunner {

	private final PushpadOperations pushpad;

	private final PrintStream out;

	NotificationWalkthrough(PushpadOperations pushpad) {
		this.pushpad = pushpad;
		this.out = System.out;
	}

	@Override
	public void run(ApplicationArguments args) {
		NotificationCreateResult sent = this.pushpad.sendNotification(NotificationRequest.builder()
			.title("Your order has shipped")
			.body("It arrives on Thursday.")
			.targetUrl("https://example.com/orders/1234")
			.action(NotificationAction.of("Track parcel", "https://example.com/orders/1234/tracking")
				.withAction("track"))
			.uids("alice", "bob", "dave")
			.tags("customer")
			.build());
		this.out.println("Sent notification " + sent.id() + " to " + sent.scheduled() + " devices, subscribed uids "
				+ sent.uids());

		Notification notification = this.pushpad.getNotification(sent.id());
		this.out.println("Notification " + notification.id() + " \"" + notification.title() + "\": successfully sent "
				+ notification.successfullySentCount() + ", opened " + notification.openedCount() + ", queued "
				+ notification.scheduledCount() + ", scheduled " + notification.scheduled() + ", cancelled "
				+ notification.cancelled());

		Instant sendAt = Instant.now().plus(Duration.ofMinutes(1));
		NotificationCreateResult scheduled = this.pushpad.sendNotification(NotificationRequest.builder()
			.title("Reminder")
			.body("Your parcel arrives tomorrow.")
			.uids("alice")
			.sendAt(sendAt)
			.build());
		this.out.println("Scheduled notification " + scheduled.id() + " for " + scheduled.sendAt());

		this.pushpad.cancelNotification(scheduled.id());
		Notification cancelled = this.pushpad.getNotification(scheduled.id());
		this.out.println("Notification " + cancelled.id() + " cancelled: " + cancelled.cancelled() + ", scheduled "
				+ cancelled.scheduled());
	}

}
