package xyz.pushpad.sample;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the sample with the {@code serve} profile against its embedded emulator and reads the Actuator endpoints over
 * HTTP, as a user would with curl after the sample's sends.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "pushpad.auth-token=")
@ActiveProfiles("serve")
class ActuatorEndpointsTests {

	private static final String TIMER = "/actuator/metrics/pushpad.client.requests";

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Test
	void pushpadHealthComponentIsUp() {
		JsonNode health = get("/actuator/health/pushpad");
		assertThat(health.path("status").asString()).isEqualTo("UP");
	}

	@Test
	void overallHealthListsPushpadComponent() {
		JsonNode health = get("/actuator/health");
		assertThat(health.path("status").asString()).isEqualTo("UP");
		assertThat(health.path("components").path("pushpad").path("status").asString()).isEqualTo("UP");
	}

	@Test
	void timerHasSampleOperations() {
		JsonNode timer = get(TIMER);
		assertThat(timer.path("baseUnit").asString()).isEqualTo("seconds");
		assertThat(tagValues(timer, "operation")).contains("notifications.create", "notifications.get",
				"notifications.cancel");
	}

	@Test
	void timerCountsEachSampleOperation() {
		assertThat(count(get(TIMER + "?tag=operation:notifications.create"))).isEqualTo(2.0);
		assertThat(count(get(TIMER + "?tag=operation:notifications.get"))).isEqualTo(2.0);
		assertThat(count(get(TIMER + "?tag=operation:notifications.cancel"))).isEqualTo(1.0);
	}

	@Test
	void timerRecordsSuccessfulCreates() {
		JsonNode creates = get(TIMER + "?tag=operation:notifications.create");
		assertThat(tagValues(creates, "outcome")).containsExactly("SUCCESS");
		assertThat(tagValues(creates, "status")).containsExactly("201");
		assertThat(tagValues(creates, "exception")).containsExactly("none");
	}

	@Test
	void httpClientTimerExists() {
		JsonNode timer = get("/actuator/metrics/http.client.requests");
		assertThat(tagValues(timer, "method")).contains("POST", "GET", "DELETE");
	}

	private JsonNode get(String path) {
		String body = RestClient.create("http://127.0.0.1:" + this.port).get().uri(path).retrieve().body(String.class);
		assertThat(body).as("response body of " + path).isNotNull();
		return this.jsonMapper.readTree(body);
	}

	private static List<String> tagValues(JsonNode metric, String tag) {
		List<String> values = new ArrayList<>();
		for (JsonNode availableTag : metric.path("availableTags")) {
			if (tag.equals(availableTag.path("tag").asString())) {
				availableTag.path("values").forEach((value) -> values.add(value.asString()));
			}
		}
		return values;
	}

	private static double count(JsonNode metric) {
		for (JsonNode measurement : metric.path("measurements")) {
			if ("COUNT".equals(measurement.path("statistic").asString())) {
				return measurement.path("value").asDouble();
			}
		}
		throw new AssertionError("No COUNT measurement in " + metric);
	}

}
