package xyz.pushpad.boot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports an {@link InvalidPushpadPropertyException} at start-up as a failure analysis that names the property and
 * the fix, in place of the stack trace of the failed template bean. The auth token never appears in it.
 */
class InvalidPushpadPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidPushpadPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidPushpadPropertyException cause) {
		return new FailureAnalysis("The property '" + cause.getProperty() + "' " + cause.getReason() + ".",
				capitalize(cause.getAction()) + ".", cause);
	}

	private static String capitalize(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
