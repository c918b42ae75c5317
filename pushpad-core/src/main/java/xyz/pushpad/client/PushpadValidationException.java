package xyz.pushpad.client;

import org.jspecify.annotations.Nullable;

/**
 * Thrown before any request is sent when an argument breaks a rule of the Pushpad API. The message names the field,
 * the rejected value and the fix.
 */
public class PushpadValidationException extends PushpadException {

	private static final long serialVersionUID = 1L;

	private final String field;

	private final @Nullable Object rejectedValue;

	private final String rule;

	public PushpadValidationException(String field, @Nullable Object rejectedValue, String rule) {
		super("Invalid '" + field + "' (" + describe(rejectedValue) + "): " + rule);
		this.field = field;
		this.rejectedValue = rejectedValue;
		this.rule = rule;
	}

	/**
	 * Creates an exception for a value that must not appear in messages, such as a credential.
	 * @param field the name of the invalid field
	 * @param rule what is wrong and how to fix it
	 * @return the exception, without the rejected value
	 */
	public static PushpadValidationException hiddenValue(String field, String rule) {
		return new PushpadValidationException(field, rule);
	}

	private PushpadValidationException(String field, String rule) {
		super("Invalid '" + field + "': " + rule);
		this.field = field;
		this.rejectedValue = null;
		this.rule = rule;
	}

	/**
	 * Returns the name of the invalid field, as the API spells it where the field is sent.
	 */
	public String getField() {
		return this.field;
	}

	/**
	 * Returns the rejected value, or {@code null} when it was missing.
	 */
	public @Nullable Object getRejectedValue() {
		return this.rejectedValue;
	}

	/**
	 * Returns what is wrong with the value and how to fix it, without the field name or the value.
	 */
	public String getRule() {
		return this.rule;
	}

	private static String describe(@Nullable Object value) {
		if (value == null) {
			return "missing";
		}
		if (value instanceof CharSequence text) {
			return "value \"" + text + "\"";
		}
		return "value " + value;
	}

}
