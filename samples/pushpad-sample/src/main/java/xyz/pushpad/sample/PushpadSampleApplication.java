package xyz.pushpad.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Sends a notification, reads it back with its statistics, schedules another one and cancels it, then exits.
 *
 * <p>With {@code PUSHPAD_AUTH_TOKEN} and {@code PUSHPAD_PROJECT_ID} set (or {@code pushpad.auth-token} and
 * {@code pushpad.project-id}), it talks to Pushpad. Without a token it starts the embedded emulator, seeded with a few
 * subscribers.
 */
@SpringBootApplication
public class PushpadSampleApplication {

	public static void main(String[] args) {
		// exit() closes the context, which stops the emulator, and returns the exit code of the runners.
		System.exit(SpringApplication.exit(SpringApplication.run(PushpadSampleApplication.class, args)));
	}

}
