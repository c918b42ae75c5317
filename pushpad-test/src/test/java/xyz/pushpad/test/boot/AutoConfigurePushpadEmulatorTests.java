package xyz.pushpad.test.boot;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;

import xyz.pushpad.boot.autoconfigure.PushpadAutoConfiguration;
import xyz.pushpad.boot.autoconfigure.PushpadConnectionDetails;
import xyz.pushpad.client.PushpadOperations;
import xyz.pushpad.client.PushpadTemplate;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.notification.NotificationRequest;
import xyz.pushpad.test.EmulatedNotification;
import xyz.pushpad.test.PushpadEmulator;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = { "pushpad.auth-token=real-token-that-must-not-be-used", "pushpad.project-id=1" })
@AutoConfigurePushpadEmulator
class AutoConfigurePushpadEmulatorTests {

	@Autowired
	private PushpadOperations pushpad;

	@Autowired
	private PushpadEmulator emulator;

	@Autowired
	private PushpadConnectionDetails connectionDetails;

	@BeforeEach
	void seedSubscribers() {
		this.emulator.subscriptions().add("alice", "sports");
		this.emulator.subscriptions().add("bob", "news");
	}

	@Test
	void clientPointsAtEmulator() {
		assertThat(this.connectionDetails).isInstanceOf(EmulatorPushpadConnectionDetails.class);
		assertThat(((PushpadTemplate) this.pushpad).getBaseUrl()).isEqualTo(this.emulator.baseUrl());
		assertThat(((PushpadTemplate) this.pushpad).getProjectId()).isEqualTo(this.emulator.defaultProjectId());
	}

	@Test
	void sendReachesSeededSubscribers() {
		NotificationCreateResult result = this.pushpad
			.sendNotification(NotificationRequest.builder().body("Kick-off").tags("sports").build());
		EmulatedNotification sent = this.emulator.notifications().get(result.id());
		assertThat(sent.recipientUids()).containsExactly("alice");
	}

	@Test
	void emulatorIsResetBeforeEachTest() {
		assertThat(this.emulator.notifications().all()).isEmpty();
		assertThat(this.emulator.subscriptions().all()).hasSize(2);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(PushpadAutoConfiguration.class)
	static class TestConfiguration {

	}

}
