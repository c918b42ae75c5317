package xyz.pushpad.test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Request that matched a route, and the response the route returns.
 */
final class ApiExchange {

	private final String method;

	private final long[] pathIds;

	private final Map<String, List<String>> query;

	private final @Nullable JsonNode body;

	ApiExchange(String method, long[] pathIds, @Nullable String rawQuery, @Nullable JsonNode body) {
		this.method = method;
		this.pathIds = pathIds;
		this.query = parseQuery(rawQuery);
		this.body = body;
	}

	String method() {
		return this.method;
	}

	/**
	 * Returns the id captured from the path, in order of appearance.
	 */
	long pathId(int index) {
		return this.pathIds[index];
	}

	/**
	 * Returns the values of a query parameter, accepting both {@code name[]} and a bare {@code name}, or
	 * {@code null} when neither is present.
	 */
	@Nullable List<String> queryList(String name) {
		List<String> bracketed = this.query.get(name + "[]");
		List<String> bare = this.query.get(name);
		if (bracketed == null && bare == null) {
			return null;
		}
		List<String> values = new ArrayList<>();
		if (bracketed != null) {
			values.addAll(bracketed);
		}
		if (bare != null) {
			values.addAll(bare);
		}
		return values;
	}

	/**
	 * Returns a positive integer query parameter, or the default when it is absent.
	 */
	int queryPositiveInt(String name, int defaultValue) {
		List<String> values = this.query.get(name);
		if (values == null || values.isEmpty()) {
			return defaultValue;
		}
		String value = values.get(values.size() - 1);
		try {
			int number = Integer.parseInt(value);
			if (number >= 1) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw ApiError.unprocessable(name + " is invalid: it must be a positive integer, but was \"" + value + "\"");
	}

	/**
	 * Returns the JSON object of the request body.
	 * @throws ApiError with status 422 when the body is missing or not an object
	 */
	RequestBody requiredBody() {
		if (this.body == null) {
			throw ApiError.unprocessable("The request body is missing: send a JSON object");
		}
		if (!this.body.isObject()) {
			throw ApiError.unprocessable("The request body must be a JSON object, but was " + this.body);
		}
		return new RequestBody(this.body);
	}

	private static Map<String, List<String>> parseQuery(@Nullable String rawQuery) {
		Map<String, List<String>> result = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return result;
		}
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
			String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
			result.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		return result;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw ApiError.badRequest("Malformed percent-encoding in the query string: " + text);
		}
	}

	/**
	 * Response of a route: a status, an optional JSON body and extra headers.
	 */
	record Response(int status, @Nullable JsonNode body, Map<String, String> headers) {

		static Response of(int status, JsonNode body) {
			return new Response(status, body, Map.of());
		}

		static Response empty(int status) {
			return new Response(status, null, Map.of());
		}

	}

}
