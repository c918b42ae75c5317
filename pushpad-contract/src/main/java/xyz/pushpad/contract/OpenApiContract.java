package xyz.pushpad.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import xyz.pushpad.contract.OperationContract.Body;
import xyz.pushpad.contract.OperationContract.Parameter;
import xyz.pushpad.contract.OperationContract.Response;

/**
 * Pushpad's official OpenAPI 3.1 spec (github.com/pushpad/pushpad-openapi at commit 52e4629, Apache-2.0), bundled in
 * this jar, and a validator of requests and responses against it.
 *
 * <p>Every method returns a list of violations, each a sentence that names the operation and the value at fault; an
 * empty list means valid. Bodies are checked with JSON Schema 2020-12, in the dialect that OpenAPI 3.1 defines. The
 * validator departs from the literal spec in the ways {@link SpecDeviation} lists. Paths are relative to the API base
 * URL ({@code /projects/1}); a leading {@code /api/v1} is removed first.
 */
public final class OpenApiContract {

	private static final String SPEC_RESOURCE_DIRECTORY = "xyz/pushpad/contract/openapi/";

	private static final String SPEC_ENTRY_POINT = "Pushpad.v1.yaml";

	private static final String BASE_PATH = "/api/v1";

	private static final List<String> SPEC_FILES = List.of(SPEC_ENTRY_POINT,
			"resources/notifications/models/notification.yml", "resources/notifications/notifications_cancel.yml",
			"resources/notifications/notifications_create.yml", "resources/notifications/notifications_get.yml",
			"resources/notifications/notifications_list.yml", "resources/notifications/parameters.yml",
			"resources/projects/models/project.yml", "resources/projects/parameters.yml",
			"resources/projects/projects_create.yml", "resources/projects/projects_delete.yml",
			"resources/projects/projects_get.yml", "resources/projects/projects_list.yml",
			"resources/projects/projects_update.yml", "resources/senders/models/sender.yml",
			"resources/senders/parameters.yml", "resources/senders/senders_create.yml",
			"resources/senders/senders_delete.yml", "resources/senders/senders_get.yml",
			"resources/senders/senders_list.yml", "resources/senders/senders_update.yml",
			"resources/subscriptions/models/subscription.yml", "resources/subscriptions/parameters.yml",
			"resources/subscriptions/subscriptions_create.yml", "resources/subscriptions/subscriptions_delete.yml",
			"resources/subscriptions/subscriptions_get.yml", "resources/subscriptions/subscriptions_list.yml",
			"resources/subscriptions/subscriptions_update.yml", "shared/responses/bad_request.yml",
			"shared/responses/forbidden.yml", "shared/responses/not_found.yml",
			"shared/responses/payment_required.yml", "shared/responses/server_error.yml",
			"shared/responses/service_unavailable.yml", "shared/responses/too_many_requests.yml",
			"shared/responses/unauthorized.yml", "shared/responses/unexpected_error.yml",
			"shared/responses/unprocessable_content.yml");

	private static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();

	/**
	 * Dialect of the spec's schemas. An OpenAPI 3.1 document's schemas use the OpenAPI base dialect, which is JSON
	 * Schema 2020-12 plus the annotation keywords {@code example}, {@code discriminator}, {@code externalDocs} and
	 * {@code xml}. The plain 2020-12 dialect would log a warning for {@code example}, which the spec uses throughout.
	 */
	static final Dialect SCHEMA_DIALECT = Dialects.getOpenApi31();

	private final List<OperationContract> operations;

	private OpenApiContract(List<OperationContract> operations) {
		this.operations = List.copyOf(operations);
	}

	/**
	 * Returns the contract of the bundled spec. The spec is parsed on the first call and the result is shared.
	 * @return the contract
	 * @throws IllegalStateException if the bundled spec cannot be read or parsed
	 */
	public static OpenApiContract load() {
		return Holder.INSTANCE;
	}

	/**
	 * Returns the known deviations from the spec that this validator applies.
	 */
	public static Set<SpecDeviation> deviations() {
		return EnumSet.allOf(SpecDeviation.class);
	}

	/**
	 * Returns the operations of the spec as {@code METHOD /path/template}, in the order of the spec.
	 */
	public List<String> operations() {
		return this.operations.stream().map((operation) -> operation.method() + " " + operation.pathTemplate()).toList();
	}

	/**
	 * Returns the operations with their compiled schemas, for tests of this package.
	 */
	List<OperationContract> operationContracts() {
		return this.operations;
	}

	/**
	 * Validates a request: the method and path must name an operation, every query parameter must be declared and
	 * match its schema, and the body must match the operation's request schema.
	 * @param method the HTTP method, in any case
	 * @param path the raw (percent-encoded) path without query string
	 * @param rawQuery the raw query string without {@code ?}, or {@code null} for none
	 * @param jsonBody the request body, or {@code null} for none
	 * @return the violations; empty when the request is valid
	 */
	public List<String> validateRequest(String method, String path, @Nullable String rawQuery,
			@Nullable String jsonBody) {
		List<String> violations = new ArrayList<>();
		String upperMethod = method.toUpperCase(Locale.ROOT);
		Match match = findOperation(upperMethod, relativePath(path), violations);
		if (match == null) {
			return violations;
		}
		OperationContract operation = match.operation();
		String label = upperMethod + " " + operation.pathTemplate();
		match.pathValues().forEach((name, value) -> validateParameter(label, operation.parameters().get(name),
				List.of(value), violations));
		validateQuery(label, operation, rawQuery, violations);
		validateRequestBody(label, operation, jsonBody, violations);
		return violations;
	}

	/**
	 * Validates a response: the status must be declared by the operation (explicitly or as {@code default}) and the
	 * body must match the schema declared for that status.
	 * @param method the HTTP method of the request, in any case
	 * @param path the raw path of the request without query string
	 * @param status the status code of the response
	 * @param jsonBody the response body, or {@code null} for none
	 * @return the violations; empty when the response is valid
	 */
	public List<String> validateResponse(String method, String path, int status, @Nullable String jsonBody) {
		List<String> violations = new ArrayList<>();
		String upperMethod = method.toUpperCase(Locale.ROOT);
		Match match = findOperation(upperMethod, relativePath(path), violations);
		if (match == null) {
			return violations;
		}
		OperationContract operation = match.operation();
		String label = upperMethod + " " + operation.pathTemplate() + " " + status;

		Response response = operation.responses().get(Integer.toString(status));
		if (response == null) {
			response = operation.responses().get("default");
		}
		if (response == null) {
			violations.add(label + ": status " + status + " is not declared; declared are "
					+ operation.responses().keySet());
			return violations;
		}

		boolean hasBody = jsonBody != null && !jsonBody.isBlank();
		boolean success = status >= 200 && status <= 299;
		if (upperMethod.equals("HEAD") || (success && response.body() == null)) {
			if (hasBody) {
				violations.add(label + ": the response must have no body, but it has " + abbreviate(jsonBody));
			}
			return violations;
		}
		Body body = response.body();
		if (body == null) {
			return violations;
		}
		if (!hasBody) {
			violations.add(label + ": the response has no body, but the spec declares a JSON body");
			return violations;
		}
		validateJson(label + ": response body", body, jsonBody, violations);
		return violations;
	}

	private static String relativePath(String path) {
		return (path.startsWith(BASE_PATH + "/")) ? path.substring(BASE_PATH.length()) : path;
	}

	private @Nullable Match findOperation(String method, String path, List<String> violations) {
		String lookupMethod = method.equals("HEAD") ? "GET" : method;
		for (OperationContract operation : this.operations) {
			if (!operation.method().equals(lookupMethod)) {
				continue;
			}
			if (method.equals("HEAD") && !operation.pathTemplate().equals("/projects/{project_id}/subscriptions")) {
				continue;
			}
			Matcher matcher = operation.pathPattern().matcher(path);
			if (matcher.matches()) {
				Map<String, String> values = new LinkedHashMap<>();
				for (int i = 0; i < operation.pathParameterNames().size(); i++) {
					values.put(operation.pathParameterNames().get(i),
							URLDecoder.decode(matcher.group(i + 1), StandardCharsets.UTF_8));
				}
				return new Match(operation, values);
			}
		}
		violations.add(method + " " + path + " is not an operation of the Pushpad API");
		return null;
	}

	private static void validateQuery(String label, OperationContract operation, @Nullable String rawQuery,
			List<String> violations) {
		Map<String, List<String>> values = parseQuery(rawQuery);
		for (Map.Entry<String, List<String>> entry : values.entrySet()) {
			Parameter parameter = operation.parameters().get(entry.getKey());
			if (parameter == null || !parameter.in().equals("query")) {
				violations.add(label + ": query parameter '" + entry.getKey() + "' is not declared");
				continue;
			}
			validateParameter(label, parameter, entry.getValue(), violations);
		}
		for (Parameter parameter : operation.parameters().values()) {
			if (parameter.in().equals("query") && parameter.required() && !values.containsKey(parameter.name())) {
				violations.add(label + ": required query parameter '" + parameter.name() + "' is missing");
			}
		}
	}

	private static Map<String, List<String>> parseQuery(@Nullable String rawQuery) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return values;
		}
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode((equals >= 0) ? pair.substring(0, equals) : pair, StandardCharsets.UTF_8);
			String value = (equals >= 0) ? URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8) : "";
			values.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		return values;
	}

	private static void validateParameter(String label, @Nullable Parameter parameter, List<String> values,
			List<String> violations) {
		if (parameter == null) {
			return;
		}
		JsonNode value;
		if (parameter.isArray()) {
			ArrayNode array = JsonNodeFactory.instance.arrayNode();
			JsonNode itemSchema = parameter.schemaNode().path("items");
			values.forEach((text) -> array.add(typedValue(itemSchema, text)));
			value = array;
		}
		else if (values.size() > 1) {
			violations.add(label + ": " + parameter.in() + " parameter '" + parameter.name() + "' is repeated "
					+ values.size() + " times but is not an array");
			return;
		}
		else {
			value = typedValue(parameter.schemaNode(), values.get(0));
		}
		for (Error error : parameter.schema().validate(value)) {
			violations.add(label + ": " + parameter.in() + " parameter '" + parameter.name() + "' = " + values
					+ " is invalid: " + error.getMessage());
		}
	}

	/**
	 * Converts the text of a parameter to the JSON type its schema expects. Text that does not convert stays a string,
	 * so the schema reports it.
	 */
	private static JsonNode typedValue(JsonNode schemaNode, String text) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		try {
			if (OperationContract.hasType(schemaNode, "integer")) {
				return nodes.numberNode(new BigInteger(text));
			}
			if (OperationContract.hasType(schemaNode, "number")) {
				return nodes.numberNode(new BigDecimal(text));
			}
		}
		catch (NumberFormatException ex) {
			return nodes.stringNode(text);
		}
		if (OperationContract.hasType(schemaNode, "boolean") && (text.equals("true") || text.equals("false"))) {
			return nodes.booleanNode(Boolean.parseBoolean(text));
		}
		return nodes.stringNode(text);
	}

	private static void validateRequestBody(String label, OperationContract operation, @Nullable String jsonBody,
			List<String> violations) {
		Body body = operation.requestBody();
		boolean hasBody = jsonBody != null && !jsonBody.isBlank();
		if (body == null) {
			if (hasBody) {
				violations.add(label + ": the operation takes no request body, but the request has "
						+ abbreviate(jsonBody));
			}
			return;
		}
		if (!hasBody) {
			if (body.hasRequiredProperties()) {
				violations.add(label + ": the request body is missing, but its schema has required properties");
			}
			return;
		}
		JsonNode json = validateJson(label + ": request body", body, jsonBody, violations);
		if (json == null || !json.isObject()) {
			return;
		}
		Set<String> declared = body.declaredProperties();
		Set<String> readOnly = body.readOnlyProperties();
		for (String name : json.propertyNames()) {
			if (readOnly.contains(name)) {
				violations.add(label + ": request body property '" + name + "' is read-only");
			}
			else if (!declared.contains(name)) {
				violations.add(label + ": request body property '" + name + "' is not declared; declared are "
						+ declared);
			}
		}
	}

	private static @Nullable JsonNode validateJson(String label, Body body, String json, List<String> violations) {
		JsonNode node;
		try {
			node = JSON_MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			violations.add(label + " is not valid JSON: " + ex.getOriginalMessage());
			return null;
		}
		for (Error error : body.schema().validate(node)) {
			violations.add(label + ": " + error.getInstanceLocation() + " " + error.getMessage());
		}
		return node;
	}

	private static String abbreviate(String text) {
		String stripped = text.strip();
		return (stripped.length() > 100) ? stripped.substring(0, 100) + "..." : stripped;
	}

	private record Match(OperationContract operation, Map<String, String> pathValues) {
	}

	private static final class Holder {

		static final OpenApiContract INSTANCE = new OpenApiContract(SpecReader.readOperations());

	}

	/**
	 * Reads the bundled spec with swagger-parser and compiles its schemas.
	 */
	private static final class SpecReader {

		private static final SchemaRegistry SCHEMA_REGISTRY = SchemaRegistry.withDefaultDialect(SCHEMA_DIALECT);

		static List<OperationContract> readOperations() {
			Path directory = extractSpec();
			Path entryPoint = inlineOperationReferences(directory);
			ParseOptions options = new ParseOptions();
			options.setResolve(true);
			options.setResolveFully(true);
			options.setResolveCombinators(false);
			SwaggerParseResult result = new OpenAPIV3Parser().readLocation(entryPoint.toUri().toString(), null,
					options);
			OpenAPI openApi = result.getOpenAPI();
			if (openApi == null || openApi.getPaths() == null) {
				throw new IllegalStateException("Could not parse the bundled Pushpad OpenAPI spec: "
						+ result.getMessages());
			}
			List<OperationContract> operations = new ArrayList<>();
			openApi.getPaths().forEach((pathTemplate, pathItem) -> pathItem.readOperationsMap()
				.forEach((method, operation) -> operations.add(toContract(method, pathTemplate, operation))));
			return operations;
		}

		/**
		 * Writes a copy of the entry point whose operations are inlined, and returns its path. The spec refers to each
		 * operation with {@code $ref}, which OpenAPI 3.1 allows for path items but not for operations, so
		 * swagger-parser would leave them empty. The relative {@code $ref}s inside an inlined operation are rewritten
		 * to be relative to the entry point.
		 */
		private static Path inlineOperationReferences(Path directory) {
			YAMLMapper yaml = YAMLMapper.builder().build();
			Path entryPoint = directory.resolve(SPEC_ENTRY_POINT);
			JsonNode root = yaml.readTree(entryPoint.toFile());
			for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
				ObjectNode pathItem = (ObjectNode) path.getValue();
				for (String method : List.copyOf(pathItem.propertyNames())) {
					String reference = pathItem.path(method).path("$ref").asString(null);
					if (reference == null || reference.startsWith("#")) {
						continue;
					}
					Path operationFile = directory.resolve(reference).normalize();
					JsonNode operation = yaml.readTree(operationFile.toFile());
					rebaseReferences(operation, directory, operationFile.getParent());
					pathItem.set(method, operation);
				}
			}
			Path inlined = directory.resolve("Pushpad.v1.inlined.json");
			JSON_MAPPER.writeValue(inlined.toFile(), root);
			return inlined;
		}

		private static void rebaseReferences(JsonNode node, Path root, Path base) {
			if (node instanceof ObjectNode object) {
				String reference = object.path("$ref").asString(null);
				if (reference != null && !reference.startsWith("#")) {
					int fragment = reference.indexOf('#');
					String file = (fragment >= 0) ? reference.substring(0, fragment) : reference;
					String rest = (fragment >= 0) ? reference.substring(fragment) : "";
					String rebased = root.relativize(base.resolve(file).normalize()).toString().replace('\\', '/');
					object.put("$ref", rebased + rest);
				}
			}
			for (JsonNode child : node) {
				rebaseReferences(child, root, base);
			}
		}

		/**
		 * Copies the spec from the classpath into a temporary directory, because swagger-parser resolves relative
		 * {@code $ref}s against files.
		 */
		private static Path extractSpec() {
			try {
				Path directory = Files.createTempDirectory("pushpad-openapi");
				for (String file : SPEC_FILES) {
					Path target = directory.resolve(file);
					Files.createDirectories(target.getParent());
					try (InputStream in = OpenApiContract.class.getClassLoader()
						.getResourceAsStream(SPEC_RESOURCE_DIRECTORY + file)) {
						if (in == null) {
							throw new IllegalStateException("The bundled Pushpad OpenAPI spec is missing " + file);
						}
						Files.copy(in, target);
					}
				}
				return directory;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not extract the bundled Pushpad OpenAPI spec", ex);
			}
		}

		private static OperationContract toContract(PathItem.HttpMethod method, String pathTemplate,
				Operation operation) {
			List<String> names = new ArrayList<>();
			Map<String, Parameter> parameters = new LinkedHashMap<>();
			if (operation.getParameters() != null) {
				for (io.swagger.v3.oas.models.parameters.Parameter parameter : operation.getParameters()) {
					JsonNode schemaNode = toJson(parameter.getSchema());
					parameters.put(parameter.getName(),
							new Parameter(parameter.getName(), parameter.getIn(),
									Boolean.TRUE.equals(parameter.getRequired()), schemaNode,
									SCHEMA_REGISTRY.getSchema(schemaNode)));
				}
			}
			Map<String, Response> responses = new LinkedHashMap<>();
			operation.getResponses()
				.forEach((status, response) -> responses.put(status, new Response(status, jsonBody(response))));
			RequestBody requestBody = operation.getRequestBody();
			Body body = (requestBody != null) ? jsonBody(requestBody.getContent()) : null;
			return new OperationContract(method.name(), pathTemplate,
					OperationContract.compilePathPattern(pathTemplate, names), List.copyOf(names), parameters, body,
					responses);
		}

		private static @Nullable Body jsonBody(ApiResponse response) {
			return jsonBody(response.getContent());
		}

		private static @Nullable Body jsonBody(io.swagger.v3.oas.models.media.@Nullable Content content) {
			if (content == null) {
				return null;
			}
			MediaType mediaType = content.get("application/json");
			if (mediaType == null || mediaType.getSchema() == null) {
				return null;
			}
			JsonNode schemaNode = toJson(mediaType.getSchema());
			return new Body(schemaNode, SCHEMA_REGISTRY.getSchema(schemaNode));
		}

		private static JsonNode toJson(Object swaggerSchema) {
			try {
				return JSON_MAPPER.readTree(Json31.mapper().writeValueAsString(swaggerSchema));
			}
			catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
				throw new IllegalStateException("Could not convert a schema of the bundled spec to JSON", ex);
			}
		}

	}

}
