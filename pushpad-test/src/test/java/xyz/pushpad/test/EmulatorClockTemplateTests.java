package xyz.pushpad.test;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import xyz.pushpad.client.PushpadTemplate;
import xyz.pushpad.client.PushpadValidationException;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.notification.NotificationRequest;
import xyz.pushpad.test.junit.PushpadEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Scheduling through a template built with {@link PushpadEmulator#templateBuilder()}, on an emulator clock that is
 * years away from the system clock.
 */
class EmulatorClockTemplateTests {

	private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

	@RegisterExtension
	static final PushpadEmulatorExtension emulatorExtension = PushpadEmulatorExtension
		.using(() -> PushpadEmulator.builder().clock(EmulatorClock.fixed(START)));

	private PushpadEmulator emulator;

	private PushpadTemplate pushpad;

	@BeforeEach
	void createTemplate() {
		this.emulator = emulatorExtension.emulator();
		this.pushpad = this.emulator.templateBuilder().build();
	}

	@Test
	void scheduleOnEmulatorClock() {
		this.emulator.subscriptions().add("alice");

		NotificationCreateResult result = this.pushpad.createNotification(
				NotificationRequest.builder().body("In an hour").sendAt(Instant.parse("2030-01-01T01:00:00Z")).build());

		assertThat(result.isScheduled()).isTrue();
		assertThat(this.emulator.notifications().get(result.id()).status())
			.isEqualTo(EmulatedNotification.Status.SCHEDULED);
		this.emulator.clock().advance(Duration.ofHours(1));
		assertThat(this.emulator.notifications().get(result.id()).status()).isEqualTo(EmulatedNotification.Status.SENT);
		assertThat(this.emulator.notifications().get(result.id()).recipientUids()).containsExactly("alice");
	}

	@Test
	void sendAtLimitFollowsEmulatorClock() {
		NotificationRequest tooLate = NotificationRequest.builder()
			.body("Too late")
			.sendAt(START.plus(Duration.ofDays(5)).plusSeconds(1))
			.build();

		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> this.pushpad.createNotification(tooLate))
			.withMessageContaining("after the current time 2030-01-01T00:00:00Z");
		assertThat(this.emulator.notifications().all()).isEmpty();
		this.emulator.clock().advance(Duration.ofSeconds(1));
		assertThat(this.pushpad.createNotification(tooLate).isScheduled()).isTrue();
	}

	@Test
	void pastSendAtIsSentAtCreation() {
		this.emulator.subscriptions().add("alice");
		this.emulator.subscriptions().add("bob");

		NotificationCreateResult result = this.pushpad.createNotification(NotificationRequest.builder()
			.body("Overdue")
			.uids("alice", "carol")
			.sendAt(START.minus(Duration.ofHours(1)))
			.build());

		assertThat(result.isScheduled()).isFalse();
		assertThat(result.scheduled()).isEqualTo(1);
		assertThat(result.uids()).containsExactly("alice");
		EmulatedNotification notification = this.emulator.notifications().get(result.id());
		assertThat(notification.status()).isEqualTo(EmulatedNotification.Status.SENT);
		assertThat(notification.recipientUids()).containsExactly("alice");
	}

	@Test
	void templateBuilderUsesEmulatorConnection() {
		assertThat(this.pushpad.getBaseUrl()).isEqualTo(this.emulator.baseUrl());
		assertThat(this.pushpad.getProjectId()).isEqualTo(this.emulator.defaultProjectId());
		assertThat(this.pushpad.countSubscriptions()).isZero();
	}

}
