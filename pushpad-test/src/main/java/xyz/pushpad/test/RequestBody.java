package xyz.pushpad.test;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * JSON object of a request body with typed getters that reject a value of the wrong type with status 422, naming the
 * field. A field that is absent or JSON {@code null} reads as {@code null}.
 */
final class RequestBody {

	private final JsonNode node;

	RequestBody(JsonNode node) {
		this.node = node;
	}

	boolean has(String field) {
		return this.node.has(field);
	}

	@Nullable JsonNode get(String field) {
		JsonNode value = this.node.get(field);
		return (value == null || value.isNull()) ? null : value;
	}

	@Nullable String string(String field) {
		JsonNode value = get(field);
		if (value == null) {
			return null;
		}
		if (!value.isString()) {
			throw invalid(field, "must be a string");
		}
		return value.stringValue();
	}

	String requiredString(String field) {
		String value = string(field);
		if (value == null || value.isBlank()) {
			throw ApiError.unprocessable(field + " is missing: it is required and must not be blank");
		}
		return value;
	}

	/**
	 * Reads an absolute http(s) URL.
	 */
	@Nullable String url(String field) {
		String value = string(field);
		if (value != null && !isHttpUrl(value)) {
			throw invalid(field, "must be an absolute http(s) URL, but was \"" + value + "\"");
		}
		return value;
	}

	@Nullable Boolean bool(String field) {
		JsonNode value = get(field);
		if (value == null) {
			return null;
		}
		if (!value.isBoolean()) {
			throw invalid(field, "must be true or false");
		}
		return value.booleanValue();
	}

	@Nullable Long integer(String field, long min, long max) {
		JsonNode value = get(field);
		if (value == null) {
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToLong()) {
			throw invalid(field, "must be an integer");
		}
		long number = value.longValue();
		if (number < min || number > max) {
			throw invalid(field, "must be between " + min + " and " + max + ", but was " + number);
		}
		return number;
	}

	@Nullable List<String> strings(String field) {
		JsonNode value = get(field);
		if (value == null) {
			return null;
		}
		if (!value.isArray()) {
			throw invalid(field, "must be an array of strings");
		}
		List<String> result = new ArrayList<>();
		for (JsonNode item : value.values()) {
			if (!item.isString()) {
				throw invalid(field, "must be an array of strings, but contains " + item);
			}
			result.add(item.stringValue());
		}
		return result;
	}

	@Nullable List<RequestBody> objects(String field) {
		JsonNode value = get(field);
		if (value == null) {
			return null;
		}
		if (!value.isArray()) {
			throw invalid(field, "must be an array of objects");
		}
		List<RequestBody> result = new ArrayList<>();
		for (JsonNode item : value.values()) {
			if (!item.isObject()) {
				throw invalid(field, "must be an array of objects, but contains " + item);
			}
			result.add(new RequestBody(item));
		}
		return result;
	}

	static boolean isHttpUrl(String value) {
		try {
			URI uri = new URI(value);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static ApiError invalid(String field, String rule) {
		return ApiError.unprocessable(field + " is invalid: it " + rule);
	}

}
