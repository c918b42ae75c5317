package xyz.pushpad.boot.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a {@code pushpad.*} property has a value the client cannot use. The message names the property and
 * the fix. It shows the value of a base URL or project id, never the auth token.
 */
class InvalidPushpadPropertyException extends IllegalStateException {

	private final String property;

	private final String reason;

	private final String action;

	InvalidPushpadPropertyException(String property, String reason, String action) {
		this(property, reason, action, null);
	}

	InvalidPushpadPropertyException(String property, String reason, String action, @Nullable Throwable cause) {
		super("Property '" + property + "' " + reason + ": " + action, cause);
		this.property = property;
		this.reason = reason;
		this.action = action;
	}

	String getProperty() {
		return this.property;
	}

	String getReason() {
		return this.reason;
	}

	String getAction() {
		return this.action;
	}

}
