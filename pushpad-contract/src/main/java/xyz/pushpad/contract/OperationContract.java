package xyz.pushpad.contract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.networknt.schema.Schema;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One operation of the spec, reduced to what validation needs: its path pattern, parameters and schemas.
 *
 * @param method HTTP method in upper case
 * @param pathTemplate path as the spec writes it, such as {@code /projects/{project_id}}
 * @param pathPattern regular expression that matches a concrete path, one group per path parameter
 * @param pathParameterNames names of the path parameters in the order of the groups
 * @param parameters path and query parameters by name
 * @param requestBody schema of the JSON request body, or {@code null} when the operation takes none
 * @param responses responses by status code or {@code default}
 */
record OperationContract(String method, String pathTemplate, Pattern pathPattern, List<String> pathParameterNames,
		Map<String, Parameter> parameters, @Nullable Body requestBody, Map<String, Response> responses) {

	private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}/]+)}");

	static Pattern compilePathPattern(String pathTemplate, List<String> names) {
		StringBuilder regex = new StringBuilder("^");
		Matcher matcher = TEMPLATE_VARIABLE.matcher(pathTemplate);
		int last = 0;
		while (matcher.find()) {
			regex.append(Pattern.quote(pathTemplate.substring(last, matcher.start()))).append("([^/]+)");
			names.add(matcher.group(1));
			last = matcher.end();
		}
		regex.append(Pattern.quote(pathTemplate.substring(last))).append('$');
		return Pattern.compile(regex.toString());
	}

	/**
	 * Parameter of the operation.
	 *
	 * @param name name as sent, such as {@code uids[]}
	 * @param in {@code path} or {@code query}
	 * @param required whether the request must carry it
	 * @param schemaNode its schema as JSON, used to convert text to a typed value
	 * @param schema the compiled schema
	 */
	record Parameter(String name, String in, boolean required, JsonNode schemaNode, Schema schema) {

		boolean isArray() {
			return OperationContract.hasType(this.schemaNode, "array");
		}

	}

	/**
	 * JSON body with its schema.
	 *
	 * @param schemaNode the schema as JSON
	 * @param schema the compiled schema
	 */
	record Body(JsonNode schemaNode, Schema schema) {

		/**
		 * Returns the names of the properties declared at the top level, including those of {@code allOf} branches.
		 */
		Set<String> declaredProperties() {
			Set<String> names = new LinkedHashSet<>();
			for (JsonNode node : topLevelSchemas(this.schemaNode)) {
				node.path("properties").propertyNames().forEach(names::add);
			}
			return names;
		}

		/**
		 * Returns the names of the top-level properties that any branch marks {@code readOnly}.
		 */
		Set<String> readOnlyProperties() {
			Set<String> names = new LinkedHashSet<>();
			for (JsonNode node : topLevelSchemas(this.schemaNode)) {
				for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
					if (property.getValue().path("readOnly").asBoolean(false)) {
						names.add(property.getKey());
					}
				}
			}
			return names;
		}

		/**
		 * Returns whether the schema requires at least one property.
		 */
		boolean hasRequiredProperties() {
			for (JsonNode node : topLevelSchemas(this.schemaNode)) {
				if (!node.path("required").isEmpty()) {
					return true;
				}
			}
			return false;
		}

		private static List<JsonNode> topLevelSchemas(JsonNode schemaNode) {
			List<JsonNode> nodes = new ArrayList<>();
			nodes.add(schemaNode);
			for (JsonNode branch : schemaNode.path("allOf")) {
				nodes.add(branch);
			}
			return nodes;
		}

	}

	/**
	 * Declared response.
	 *
	 * @param status status code, or {@code default}
	 * @param body the JSON body, or {@code null} when the response declares no content
	 */
	record Response(String status, @Nullable Body body) {
	}

	static boolean hasType(JsonNode schemaNode, String type) {
		JsonNode types = schemaNode.path("type");
		if (types.isArray()) {
			for (JsonNode item : types) {
				if (type.equals(item.asString())) {
					return true;
				}
			}
			return false;
		}
		return type.equals(types.asString(""));
	}

}
