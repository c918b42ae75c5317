package xyz.pushpad.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import xyz.pushpad.client.tag.InvalidTagExpressionException;
import xyz.pushpad.client.tag.TagExpression;

/**
 * Argument checks shared by {@link PushpadTemplate} and the request models. Each check throws
 * {@link PushpadValidationException} naming the field, the rejected value and the rule, before any request is sent.
 *
 * <p>Public only so that the models in sub-packages can use it; application code has no need to call it.
 */
public final class Validation {

	/**
	 * Maximum time ahead that Pushpad accepts for a scheduled notification.
	 */
	public static final Duration MAX_SCHEDULE_AHEAD = Duration.ofDays(5);

	private static final Pattern WORD_CHARACTERS = Pattern.compile("\\w+");

	private static final Pattern PEM = Pattern.compile("\\s*-----BEGIN ([A-Z0-9 ]+)-----.+-----END \\1-----\\s*",
			Pattern.DOTALL);

	private Validation() {
	}

	/**
	 * Checks that an identifier or a page number is 1 or more.
	 * @param field the field name used in the message
	 * @param value the value to check
	 * @return the value
	 */
	public static long requirePositive(String field, long value) {
		if (value <= 0) {
			throw new PushpadValidationException(field, value, "must be a positive number");
		}
		return value;
	}

	/**
	 * Checks that a number lies between two bounds, both included.
	 * @param field the field name used in the message
	 * @param value the value to check, or {@code null} when unset
	 * @param min the lowest allowed value
	 * @param max the highest allowed value
	 */
	public static void requireRange(String field, @Nullable Long value, long min, long max) {
		if (value != null && (value < min || value > max)) {
			throw new PushpadValidationException(field, value, "must be between " + min + " and " + max);
		}
	}

	/**
	 * Checks that a value is not {@code null}.
	 * @param field the field name used in the message
	 * @param value the value to check
	 */
	public static void requireNonNull(String field, @Nullable Object value) {
		if (value == null) {
			throw new PushpadValidationException(field, null, "must not be null");
		}
	}

	/**
	 * Checks that a string is present and contains at least one character other than whitespace.
	 * @param field the field name used in the message
	 * @param value the value to check
	 * @param fix what the caller should do, appended to the message
	 */
	public static void requireNotBlank(String field, @Nullable String value, String fix) {
		if (value == null || value.isBlank()) {
			throw new PushpadValidationException(field, value, "must not be blank: " + fix);
		}
	}

	/**
	 * Checks that a string, when set, contains at least one character other than whitespace.
	 * @param field the field name used in the message
	 * @param value the value to check, or {@code null} when unset
	 * @param fix what the caller should do, appended to the message
	 */
	public static void requireNotBlankWhenSet(String field, @Nullable String value, String fix) {
		if (value != null && value.isBlank()) {
			throw new PushpadValidationException(field, value, "must not be blank: " + fix);
		}
	}

	/**
	 * Checks that a string, when set, is an absolute http or https URL with a host.
	 * @param field the field name used in the message
	 * @param value the value to check, or {@code null} when unset
	 */
	public static void requireHttpUrl(String field, @Nullable String value) {
		if (value == null) {
			return;
		}
		if (!isHttpUrl(value)) {
			throw new PushpadValidationException(field, value,
					"must be an absolute http or https URL, such as https://example.com/page");
		}
	}

	/**
	 * Checks that a string, when set, is an absolute https URL with a host.
	 * @param field the field name used in the message
	 * @param value the value to check, or {@code null} when unset
	 * @param example an example of a valid value, quoted in the message
	 */
	public static void requireHttpsUrl(String field, @Nullable String value, String example) {
		if (value != null && !hasSchemeAndHost(value, "https")) {
			throw new PushpadValidationException(field, value, "must be an absolute https URL, such as " + example);
		}
	}

	private static boolean isHttpUrl(String value) {
		return hasSchemeAndHost(value, "http") || hasSchemeAndHost(value, "https");
	}

	private static boolean hasSchemeAndHost(String value, String scheme) {
		try {
			URI uri = new URI(value);
			return scheme.equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * Checks that an identifier, such as the {@code action} of an action button, contains only word characters
	 * ({@code a-z A-Z 0-9 _}).
	 * @param field the field name used in the message
	 * @param value the value to check, or {@code null} when unset
	 */
	public static void requireWordCharacters(String field, @Nullable String value) {
		if (value != null && !WORD_CHARACTERS.matcher(value).matches()) {
			throw new PushpadValidationException(field, value,
					"must contain only the word characters a-z, A-Z, 0-9 and _, such as \"open_order\"");
		}
	}

	/**
	 * Checks that a list, when set, has no {@code null} or blank element.
	 * @param field the field name used in the message, with the index of the element appended
	 * @param values the list to check, or {@code null} when unset
	 */
	public static void requireNoBlankElement(String field, @Nullable List<@Nullable String> values) {
		if (values == null) {
			return;
		}
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			if (value == null || value.isBlank()) {
				throw new PushpadValidationException(field + "[" + i + "]", value,
						"must not be null or blank: remove the element or give it a value");
			}
		}
	}

	/**
	 * Checks that a list of tags, when set, has only plain tags that {@link TagExpression#isValidTag} accepts. Unlike
	 * the {@code tags} of a notification or a filter, tags stored on a subscription cannot be expressions.
	 * @param field the field name used in the message, with the index of the element appended
	 * @param tags the list to check, or {@code null} when unset
	 */
	public static void requirePlainTags(String field, @Nullable List<@Nullable String> tags) {
		requireNoBlankElement(field, tags);
		if (tags == null) {
			return;
		}
		for (int i = 0; i < tags.size(); i++) {
			String tag = tags.get(i);
			if (!TagExpression.isValidTag(tag)) {
				throw new PushpadValidationException(field + "[" + i + "]", tag,
						"invalid tag: a subscription tag is a single tag of the characters a-z A-Z 0-9 _ - . : @ #, "
								+ "without spaces or operators");
			}
		}
	}

	/**
	 * Checks that a key, when set, is in PEM form, with a {@code -----BEGIN <label>-----} line whose label contains
	 * {@code kind} and a matching {@code -----END <label>-----} line. The message never contains the value, because
	 * a key given in the wrong field may be a private key.
	 * @param field the field name used in the message
	 * @param value the key to check, or {@code null} when unset
	 * @param kind the text the PEM label must contain, {@code "PRIVATE KEY"} or {@code "PUBLIC KEY"}
	 */
	public static void requirePemKey(String field, @Nullable String value, String kind) {
		if (value == null) {
			return;
		}
		Matcher matcher = PEM.matcher(value);
		if (!matcher.matches()) {
			throw PushpadValidationException.hiddenValue(field, "must be a key in PEM form, from a \"-----BEGIN "
					+ kind + "-----\" line to the matching \"-----END " + kind + "-----\" line");
		}
		if (!matcher.group(1).contains(kind)) {
			throw PushpadValidationException.hiddenValue(field, "must be a " + kind.toLowerCase(Locale.ROOT)
					+ ", but its PEM label is \"" + matcher.group(1) + "\": check that the keys are not swapped");
		}
	}

	/**
	 * Checks that a list, when set, has at most the given number of elements.
	 * @param field the field name used in the message
	 * @param values the list to check, or {@code null} when unset
	 * @param max the maximum number of elements
	 */
	public static void requireMaxSize(String field, @Nullable List<?> values, int max) {
		if (values != null && values.size() > max) {
			throw new PushpadValidationException(field, values,
					"must have at most " + max + " elements, but has " + values.size());
		}
	}

	/**
	 * Checks that a scheduled time, when set, is at most {@link #MAX_SCHEDULE_AHEAD} after {@code now}. A time in the
	 * past is accepted.
	 * @param field the field name used in the message
	 * @param sendAt the time to check, or {@code null} when unset
	 * @param now the current time, quoted in the message
	 */
	public static void requireScheduleWithinLimit(String field, @Nullable Instant sendAt, Instant now) {
		// NOTE: Pushpad does not document what it does with a time in the past, so it is sent as given.
		if (sendAt != null && sendAt.isAfter(now.plus(MAX_SCHEDULE_AHEAD))) {
			throw new PushpadValidationException(field, sendAt, "must be at most 5 days after the current time " + now
					+ ": pick a time at most 5 days ahead, or keep the notification in your application and create it "
					+ "closer to the time");
		}
	}

	/**
	 * Converts a duration, when set, to the whole seconds that the API takes. A fraction of a second is rejected
	 * rather than dropped, because a time to live of 500 ms would otherwise become 0, which means "drop at once".
	 * @param field the field name used in the message
	 * @param value the duration to convert, or {@code null} when unset
	 * @return the number of seconds, or {@code null} when unset
	 */
	public static @Nullable Long requireWholeSeconds(String field, @Nullable Duration value) {
		if (value == null) {
			return null;
		}
		if (value.getNano() != 0) {
			throw new PushpadValidationException(field, value, "must be a whole number of seconds because the API "
					+ "takes seconds: round it, for example with Duration.ofSeconds(...)");
		}
		return value.getSeconds();
	}

	/**
	 * Checks that a list of tags or tag expressions, when set, has only elements that {@link TagExpression#parse}
	 * accepts.
	 * @param field the field name used in the message, with the index of the element appended
	 * @param expressions the list to check, or {@code null} when unset
	 */
	public static void requireTagExpressions(String field, @Nullable List<@Nullable String> expressions) {
		requireNoBlankElement(field, expressions);
		if (expressions == null) {
			return;
		}
		for (int i = 0; i < expressions.size(); i++) {
			String expression = expressions.get(i);
			try {
				TagExpression.parse(expression);
			}
			catch (InvalidTagExpressionException ex) {
				throw new PushpadValidationException(field + "[" + i + "]", expression,
						"invalid tag expression: " + ex.getProblem() + " at index " + ex.getIndex());
			}
		}
	}

}
