package xyz.pushpad.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sends a notification, reads it back with its statistics, schedules another one and cancels it, then exits.
 *
 * <p>With {@code PUSHPAD_AUTH_TOKEN} and {@code PUSHPAD_PROJECT_ID} set (or {@code pushpad.auth-token} and
 * {@code pushpad.project-id}), it talks to Pushpad. Without a token it starts the embedded emulator, seeded with a few
 * subscribers.
 *
 * <p>With the {@code serve} profile it keeps running after these steps and serves Actuator's {@code health} and
 * {@code metrics} endpoints on 127.0.0.1, port 8080 unless {@code server.port} sets another.
 */
@SpringBootApplication
public class PushpadSampleApplication {

	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication.run(PushpadSampleApplication.class, args);
		if (context instanceof WebServerApplicationContext webServerContext) {
			String address = context.getEnvironment().getProperty("server.address", "localhost");
			System.out.println("Actuator endpoints at http://" + address + ":"
					+ webServerContext.getWebServer().getPort() + "/actuator, stop with Ctrl+C");
			return;
		}
		// exit() closes the context, which stops the emulator, and returns the exit code of the runners.
		System.exit(SpringApplication.exit(context));
	}

}
