package xyz.pushpad.boot.autoconfigure;

/**
 * Thrown when a {@code pushpad.*} property has a value the client cannot use. The message names the property and
 * the fix but never the value, which may be a secret.
 */
class InvalidPushpadPropertyException extends IllegalStateException {

	private final String property;

	private final String reason;

	private final String action;

	InvalidPushpadPropertyException(String property, String reason, String action) {
		super("Property '" + property + "' " + reason + ": " + action);
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
