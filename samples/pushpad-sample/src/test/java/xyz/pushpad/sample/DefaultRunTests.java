package xyz.pushpad.sample;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the sample as {@code java -jar} does without a profile, where it must print its results and exit rather than
 * serve HTTP.
 */
class DefaultRunTests {

	@Test
	void defaultRunStartsNoWebServer() {
		ConfigurableApplicationContext context = SpringApplication.run(PushpadSampleApplication.class,
				"--pushpad.auth-token=");
		try {
			assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
		}
		finally {
			assertThat(SpringApplication.exit(context)).isZero();
		}
	}

	@Test
	void serveProfileStartsWebServer() {
		ConfigurableApplicationContext context = SpringApplication.run(PushpadSampleApplication.class,
				"--pushpad.auth-token=", "--spring.profiles.active=serve", "--server.port=0");
		try {
			assertThat(context).isInstanceOf(WebServerApplicationContext.class);
			assertThat(((WebServerApplicationContext) context).getWebServer().getPort()).isPositive();
		}
		finally {
			context.close();
		}
	}

}
