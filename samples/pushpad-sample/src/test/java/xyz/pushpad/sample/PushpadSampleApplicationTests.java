package xyz.pushpad.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import xyz.pushpad.test.EmulatedNotification;
import xyz.pushpad.test.PushpadEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the sample against its embedded emulator, as {@code java -jar} does without a token.
 */
@SpringBootTest(properties = "pushpad.auth-token=")
@ExtendWith(OutputCaptureExtension.class)
class PushpadSampleApplicationTests {

	@Autowired
	private PushpadEmulator emulator;

	@Test
	void printsSentAndCancelledNotifications(CapturedOutput output) {
		EmulatedNotification sent = this.emulator.notifications().sent().get(0);
		EmulatedNotification cancelled = this.emulator.notifications().cancelled().get(0);

		assertThat(output).contains("Sent notification " + sent.id() + " to 2 devices, subscribed uids [alice, bob]");
		assertThat(output).contains("Notification " + sent.id()
				+ " \"Your order has shipped\": successfully sent 2, opened 0, queued 0, scheduled false, "
				+ "cancelled false");
		assertThat(output).contains("Scheduled notification " + cancelled.id() + " for ");
		assertThat(output).contains("Notification " + cancelled.id() + " cancelled: true, scheduled false");
	}

	@Test
	void sentNotificationReachedCustomersAmongRequestedUids() {
		EmulatedNotification sent = this.emulator.notifications().sent().get(0);
		assertThat(sent.recipientUids()).containsExactly("alice", "bob");
		assertThat(sent.actions()).extracting(EmulatedNotification.Action::title).containsExactly("Track parcel");
		assertThat(this.emulator.notifications().scheduled()).isEmpty();
	}

}
