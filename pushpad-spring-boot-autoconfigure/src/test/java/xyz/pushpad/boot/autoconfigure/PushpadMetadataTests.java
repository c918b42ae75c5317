package xyz.pushpad.boot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PushpadMetadataTests {

	private static final String METADATA = "META-INF/spring-configuration-metadata.json";

	@Test
	void everyPropertyHasDescription() throws IOException {
		List<JsonNode> properties = pushpadProperties();

		assertThat(properties).extracting((property) -> property.get("name").asString())
			.contains("pushpad.auth-token", "pushpad.project-id", "pushpad.base-url", "pushpad.connect-timeout",
					"pushpad.read-timeout", "pushpad.health.timeout", "pushpad.health.cache-time-to-live",
					"management.health.pushpad.enabled");
		for (JsonNode property : properties) {
			String name = property.get("name").asString();
			JsonNode description = property.get("description");
			assertThat(description).as("description of %s", name).isNotNull();
			String text = description.asString();
			assertThat(text).as("description of %s", name).matches("[A-Z].*\\.");
			assertThat(text).as("description of %s", name).doesNotStartWith("The ").doesNotStartWith("A ");
			if ("java.lang.Boolean".equals(property.get("type").asString())) {
				assertThat(text).as("description of %s", name).startsWith("Whether");
			}
		}
	}

	@Test
	void defaultsAreDeclared() throws IOException {
		for (JsonNode property : pushpadProperties()) {
			String name = property.get("name").asString();
			if (!name.equals("pushpad.auth-token") && !name.equals("pushpad.project-id")) {
				assertThat(property.get("defaultValue")).as("default of %s", name).isNotNull();
			}
		}
	}

	private static List<JsonNode> pushpadProperties() throws IOException {
		JsonMapper mapper = JsonMapper.builder().build();
		List<JsonNode> properties = new ArrayList<>();
		for (URL url : Collections.list(PushpadMetadataTests.class.getClassLoader().getResources(METADATA))) {
			try (InputStream in = url.openStream()) {
				for (JsonNode property : mapper.readTree(in).get("properties")) {
					String name = property.get("name").asString();
					if (name.startsWith("pushpad.") || name.equals("management.health.pushpad.enabled")) {
						properties.add(property);
					}
				}
			}
		}
		return properties;
	}

}
