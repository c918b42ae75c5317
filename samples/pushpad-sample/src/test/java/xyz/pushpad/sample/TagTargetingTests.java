package xyz.pushpad.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import xyz.pushpad.client.PushpadOperations;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.notification.NotificationRequest;
import xyz.pushpad.test.EmulatedSubscription;
import xyz.pushpad.test.PushpadEmulator;
import xyz.pushpad.test.boot.AutoConfigurePushpadEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Written as an application's own test would be: seed subscribers in the emulator, send through the auto-configured
 * client, and check who the notification reached.
 */
@SpringBootTest
@AutoConfigurePushpadEmulator
class TagTargetingTests {

	@Autowired
	private PushpadOperations pushpad;

	@Autowired
	private PushpadEmulator emulator;

	@Test
	void tagExpressionReachesMatchingSubscribersOnly() {
		EmulatedSubscription alice = this.emulator.subscriptions().add("alice", "sports", "premium");
		this.emulator.subscriptions().add("bob", "sports");
		EmulatedSubscription carol = this.emulator.subscriptions().add("carol", "premium", "news");

		NotificationCreateResult result = this.pushpad.sendNotification(
				NotificationRequest.builder().body("Final tonight").tags("premium && (sports || news)").build());

		assertThat(result.scheduled()).isEqualTo(2);
		assertThat(this.emulator.notifications().get(result.id()).recipientIds()).containsExactly(alice.id(),
				carol.id());
		assertThat(this.emulator.notifications().get(result.id()).recipientUids()).containsExactly("alice", "carol");
	}

}
