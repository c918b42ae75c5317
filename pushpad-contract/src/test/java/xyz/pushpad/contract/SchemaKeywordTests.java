package xyz.pushpad.contract;

import java.util.LinkedHashMap;
import java.util.Map;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.keyword.DisallowUnknownKeywordFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import xyz.pushpad.contract.OperationContract.Body;
import xyz.pushpad.contract.OperationContract.Parameter;
import xyz.pushpad.contract.OperationContract.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Checks that the dialect the contract compiles schemas with defines every keyword of the bundled spec. The JSON Schema
 * library (json-schema-validator 3.0.9) logs a warning for an unknown keyword only once per JVM, so a log check would
 * depend on test order. These tests compile the schemas again with a copy of the dialect that rejects unknown keywords.
 */
class SchemaKeywordTests {

	private static final SchemaRegistry STRICT_REGISTRY = SchemaRegistry.withDefaultDialect(
			Dialect.builder(OpenApiContract.SCHEMA_DIALECT)
				.unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
				.build());

	@Test
	void dialectDefinesOpenApiAnnotationKeywords() {
		assertThat(OpenApiContract.SCHEMA_DIALECT.getKeywords()).containsKeys("example", "discriminator",
				"externalDocs", "xml");
	}

	@Test
	void specSchemasUseOnlyKnownKeywords() {
		Map<String, JsonNode> schemaNodes = schemaNodes(OpenApiContract.load());
		assertThat(schemaNodes).isNotEmpty();
		schemaNodes.forEach((location, schemaNode) -> assertThatNoException().as(location)
			.isThrownBy(() -> STRICT_REGISTRY.getSchema(schemaNode).initializeValidators()));
	}

	@Test
	void specUsesExampleKeyword() {
		assertThat(schemaNodes(OpenApiContract.load()).values())
			.anySatisfy((schemaNode) -> assertThat(schemaNode.findValues("example")).isNotEmpty());
	}

	/**
	 * Returns the JSON schema of every parameter, request body and response, keyed by location such as
	 * {@code GET /senders response 200}.
	 */
	private static Map<String, JsonNode> schemaNodes(OpenApiContract contract) {
		Map<String, JsonNode> nodes = new LinkedHashMap<>();
		for (OperationContract operation : contract.operationContracts()) {
			String label = operation.method() + " " + operation.pathTemplate();
			for (Parameter parameter : operation.parameters().values()) {
				nodes.put(label + " parameter " + parameter.name(), parameter.schemaNode());
			}
			Body requestBody = operation.requestBody();
			if (requestBody != null) {
				nodes.put(label + " request body", requestBody.schemaNode());
			}
			for (Response response : operation.responses().values()) {
				Body body = response.body();
				if (body != null) {
					nodes.put(label + " response " + response.status(), body.schemaNode());
				}
			}
		}
		return nodes;
	}

}
