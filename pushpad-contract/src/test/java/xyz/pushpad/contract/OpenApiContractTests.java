package xyz.pushpad.contract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiContractTests {

	private final OpenApiContract contract = OpenApiContract.load();

	@Test
	void loadReadsAllNineteenOperations() {
		assertThat(this.contract.operations()).hasSize(19)
			.contains("GET /projects/{project_id}/subscriptions", "DELETE /notifications/{notification_id}/cancel",
					"PATCH /senders/{sender_id}");
	}

	@Test
	void loadReturnsCachedInstance() {
		assertThat(OpenApiContract.load()).isSameAs(this.contract);
	}

	@Test
	void requestWithValidBodyPasses() {
		assertThat(this.contract.validateRequest("POST", "/projects/5/notifications", null,
				"{\"body\":\"Hello\",\"uids\":[\"u1\"],\"tags\":null,\"send_at\":\"2025-01-01T00:00:00Z\"}"))
			.isEmpty();
	}

	@Test
	void requestWithBasePathPasses() {
		assertThat(this.contract.validateRequest("get", "/api/v1/projects/5", null, null)).isEmpty();
	}

	@Test
	void unknownOperationIsReported() {
		assertThat(this.contract.validateRequest("PUT", "/projects/5", null, null)).singleElement()
			.asString()
			.contains("PUT /projects/5 is not an operation");
		assertThat(this.contract.validateRequest("GET", "/projects/5/unknown", null, null)).hasSize(1);
	}

	@Test
	void nonNumericPathIdIsReported() {
		assertThat(this.contract.validateRequest("GET", "/senders/abc", null, null)).singleElement()
			.asString()
			.contains("path parameter 'sender_id'");
	}

	@Test
	void undeclaredQueryParameterIsReported() {
		assertThat(this.contract.validateRequest("GET", "/projects/5/notifications", "page=1&per_page=2", null))
			.singleElement()
			.asString()
			.contains("query parameter 'per_page' is not declared");
	}

	@Test
	void invalidQueryValuesAreReported() {
		assertThat(this.contract.validateRequest("GET", "/projects/5/subscriptions", "page=0", null)).hasSize(1);
		assertThat(this.contract.validateRequest("GET", "/projects/5/subscriptions", "per_page=ten", null))
			.hasSize(1);
		assertThat(this.contract.validateRequest("GET", "/projects/5/subscriptions", "page=1&page=2", null))
			.singleElement()
			.asString()
			.contains("repeated 2 times");
	}

	@Test
	void encodedArrayFiltersPass() {
		assertThat(this.contract.validateRequest("GET", "/projects/5/subscriptions",
				"page=1&per_page=30&uids%5B%5D=a%26b&tags%5B%5D=%28x%20%26%26%20y%29%20%7C%7C%20%21z", null))
			.isEmpty();
	}

	@Test
	void nullUidPassesInUpdate() {
		assertThat(this.contract.validateRequest("PATCH", "/projects/5/subscriptions/7", null, "{\"uid\":null}"))
			.isEmpty();
	}

	@Test
	void wrongTypeInBodyIsReported() {
		assertThat(this.contract.validateRequest("PATCH", "/projects/5/subscriptions/7", null, "{\"tags\":\"a\"}"))
			.singleElement()
			.asString()
			.contains("request body");
	}

	@Test
	void readOnlyPropertyIsReported() {
		assertThat(this.contract.validateRequest("PATCH", "/projects/5/subscriptions/7", null,
				"{\"endpoint\":\"https://example.com/push/1\"}"))
			.singleElement()
			.asString()
			.contains("'endpoint' is read-only");
		assertThat(this.contract.validateRequest("POST", "/projects", null,
				"{\"id\":1,\"sender_id\":2,\"name\":\"n\",\"website\":\"https://example.com\"}"))
			.singleElement()
			.asString()
			.contains("'id' is read-only");
	}

	@Test
	void undeclaredPropertyIsReported() {
		assertThat(this.contract.validateRequest("PATCH", "/senders/1", null, "{\"nmae\":\"x\"}")).singleElement()
			.asString()
			.contains("'nmae' is not declared");
	}

	@Test
	void missingRequiredPropertyIsReported() {
		assertThat(this.contract.validateRequest("POST", "/projects/5/subscriptions", null, "{\"uid\":\"u\"}"))
			.singleElement()
			.asString()
			.contains("endpoint");
		assertThat(this.contract.validateRequest("POST", "/projects/5/notifications", null, null)).singleElement()
			.asString()
			.contains("request body is missing");
	}

	@Test
	void bodyOnBodilessOperationIsReported() {
		assertThat(this.contract.validateRequest("DELETE", "/senders/1", null, "{}")).hasSize(1);
	}

	@Test
	void invalidJsonIsReported() {
		assertThat(this.contract.validateRequest("PATCH", "/senders/1", null, "{\"name\":")).singleElement()
			.asString()
			.contains("not valid JSON");
	}

	@Test
	void headOnSubscriptionsIsAccepted() {
		assertThat(this.contract.validateRequest("HEAD", "/projects/5/subscriptions", "tags%5B%5D=a", null))
			.isEmpty();
		assertThat(this.contract.validateResponse("HEAD", "/projects/5/subscriptions", 200, null)).isEmpty();
		assertThat(this.contract.validateRequest("HEAD", "/projects/5", null, null)).hasSize(1);
	}

	@Test
	void validResponseFixturePasses() {
		assertThat(this.contract.validateResponse("GET", "/projects/5/subscriptions/7", 200,
				"{\"id\":9007199254740993,\"project_id\":5,\"endpoint\":\"https://example.com/push/1\","
						+ "\"p256dh\":null,\"auth\":null,\"uid\":null,\"tags\":[],\"last_click_at\":null,"
						+ "\"created_at\":\"2025-09-15T10:30:00.123Z\"}"))
			.isEmpty();
	}

	@Test
	void invalidResponseFixtureIsReported() {
		assertThat(this.contract.validateResponse("GET", "/projects", 200, "[{\"id\":\"1\"}]")).hasSize(1);
		assertThat(this.contract.validateResponse("GET", "/projects", 200, null)).singleElement()
			.asString()
			.contains("has no body");
		assertThat(this.contract.validateResponse("DELETE", "/projects/1", 202, "{}")).singleElement()
			.asString()
			.contains("must have no body");
	}

	@Test
	void errorResponseAcceptsAnyBody() {
		assertThat(this.contract.validateResponse("POST", "/senders", 422, "{\"error\":\"invalid\"}")).isEmpty();
		assertThat(this.contract.validateResponse("GET", "/senders", 503, "<html>down</html>")).isEmpty();
	}

	@Test
	void deviationsHaveReasons() {
		assertThat(OpenApiContract.deviations()).isNotEmpty()
			.allSatisfy((deviation) -> assertThat(deviation.reason()).isNotBlank());
	}

}
