package xyz.pushpad.test.boot;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import xyz.pushpad.boot.autoconfigure.PushpadAutoConfiguration;
import xyz.pushpad.client.PushpadOperations;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.notification.NotificationRequest;
import xyz.pushpad.test.EmulatedNotification;
import xyz.pushpad.test.PushpadEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test's own template bean on the emulator's clock, which the auto-configured template gives way to.
 */
@SpringBootTest
@AutoConfigurePushpadEmulator
class EmulatorClockTemplateBeanTests {

	@Autowired
	private PushpadOperations pushpad;

	@Autowired
	private PushpadEmulator emulator;

	@Test
	void scheduleAfterAdvancingClockByDays() {
		this.emulator.subscriptions().add("alice");
		this.emulator.clock().advance(Duration.ofDays(10));

		NotificationCreateResult result = this.pushpad.createNotification(NotificationRequest.builder()
			.body("Tomorrow")
			.sendAt(this.emulator.clock().instant().plus(Duration.ofDays(1)))
			.build());

		assertThat(result.isScheduled()).isTrue();
		this.emulator.clock().advance(Duration.ofDays(1));
		assertThat(this.emulator.notifications().get(result.id()).status())
			.isEqualTo(EmulatedNotification.Status.SENT);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(PushpadAutoConfiguration.class)
	static class TestConfiguration {

		@Bean
		PushpadOperations pushpad(PushpadEmulator emulator) {
			return emulator.templateBuilder().build();
		}

	}

}
