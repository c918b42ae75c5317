package xyz.pushpad.boot.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint.ConfigurationPropertiesDescriptor;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint.EnvironmentEntryDescriptor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class PushpadActuatorEndpointsTests {

	private static final String TOKEN = "token-d213a2f146dd9aae";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class,
				EnvironmentEndpointAutoConfiguration.class, ConfigurationPropertiesReportEndpointAutoConfiguration.class,
				PushpadAutoConfiguration.class))
		.withPropertyValues("pushpad.auth-token=" + TOKEN, "management.endpoints.web.exposure.include=env,configprops");

	@Test
	void defaultsMaskToken() {
		this.contextRunner.run((context) -> {
			assertThat(environmentValue(context.getBean(EnvironmentEndpoint.class))).isEqualTo("******");
			assertThat(configpropsValue(context.getBean(ConfigurationPropertiesReportEndpoint.class)))
				.isEqualTo("******");
		});
	}

	@Test
	void showValuesAlwaysStillMasksToken() {
		this.contextRunner
			.withPropertyValues("management.endpoint.env.show-values=always",
					"management.endpoint.configprops.show-values=always", "pushpad.project-id=42")
			.run((context) -> {
				EnvironmentEndpoint environment = context.getBean(EnvironmentEndpoint.class);
				assertThat(environment.environmentEntry("pushpad.project-id").getProperty().getValue())
					.isEqualTo("42");
				assertThat(environmentValue(context.getBean(EnvironmentEndpoint.class))).isEqualTo("******");
				assertThat(configpropsValue(context.getBean(ConfigurationPropertiesReportEndpoint.class)))
					.isEqualTo("******");
			});
	}

	private static Object environmentValue(EnvironmentEndpoint endpoint) {
		EnvironmentEntryDescriptor descriptor = endpoint.environmentEntry("pushpad.auth-token");
		return descriptor.getProperty().getValue();
	}

	@SuppressWarnings("unchecked")
	private static Object configpropsValue(ConfigurationPropertiesReportEndpoint endpoint) {
		ConfigurationPropertiesDescriptor descriptor = endpoint.configurationProperties();
		Map<String, Object> properties = descriptor.getContexts()
			.values()
			.iterator()
			.next()
			.getBeans()
			.values()
			.stream()
			.filter((bean) -> "pushpad".equals(bean.getPrefix()))
			.findFirst()
			.orElseThrow()
			.getProperties();
		return properties.get("authToken");
	}

}
