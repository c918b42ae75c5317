package xyz.pushpad.test;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import xyz.pushpad.test.junit.PushpadEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(PushpadEmulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PushpadEmulatorExtensionTests {

	private static PushpadEmulator firstSeen;

	private final PushpadEmulator constructorEmulator;

	PushpadEmulatorExtensionTests(PushpadEmulator emulator) {
		this.constructorEmulator = emulator;
	}

	@Test
	@Order(1)
	void injectsRunningEmulator(PushpadEmulator emulator) {
		firstSeen = emulator;
		assertThat(emulator).isSameAs(this.constructorEmulator);
		assertThat(emulator.baseUrl()).startsWith("http://127.0.0.1:");
		emulator.subscriptions().add("left-over");
	}

	@Test
	@Order(2)
	void sharesEmulatorAndResetsBetweenTests(PushpadEmulator emulator) {
		assertThat(emulator).isSameAs(firstSeen);
		assertThat(emulator.subscriptions().all()).isEmpty();
	}

	@Nested
	class NestedTests {

		@Test
		void nestedClassSharesEmulator(PushpadEmulator emulator) {
			assertThat(emulator).isSameAs(PushpadEmulatorExtensionTests.this.constructorEmulator);
		}

	}

}
