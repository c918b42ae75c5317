package xyz.pushpad.test;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Check of a request against the Pushpad API specification, applied in strict mode before the request is handled.
 */
@FunctionalInterface
interface RequestValidator {

	/**
	 * Validator that accepts every request.
	 */
	RequestValidator NONE = (method, path, rawQuery, body) -> List.of();

	/**
	 * Checks a request.
	 * @param method the HTTP method
	 * @param path the path below the base URL, such as {@code /projects/1/notifications}
	 * @param rawQuery the query string as sent, or {@code null}
	 * @param body the request body, or {@code null} when there is none
	 * @return what the request breaks, empty when it matches the specification
	 */
	List<String> validate(String method, String path, @Nullable String rawQuery, @Nullable String body);

}
