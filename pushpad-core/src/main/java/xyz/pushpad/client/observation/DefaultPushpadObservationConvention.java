package xyz.pushpad.client.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import xyz.pushpad.client.observation.PushpadObservationDocumentation.HighCardinalityKeyNames;
import xyz.pushpad.client.observation.PushpadObservationDocumentation.LowCardinalityKeyNames;

/**
 * Default {@link PushpadObservationConvention}. It names the observation {@value #DEFAULT_NAME} and tags it only with
 * values from small fixed sets: the operation, the outcome, the status code and the exception class. The project id
 * is a high-cardinality key value, so it reaches traces but never becomes a metric tag.
 */
public class DefaultPushpadObservationConvention implements PushpadObservationConvention {

	/**
	 * Default name of the observation, and of the timer Micrometer derives from it.
	 */
	public static final String DEFAULT_NAME = "pushpad.client.requests";

	/**
	 * Shared instance with the default name.
	 */
	public static final DefaultPushpadObservationConvention INSTANCE = new DefaultPushpadObservationConvention();

	private static final KeyValue STATUS_NONE = KeyValue.of(LowCardinalityKeyNames.STATUS, "NONE");

	private static final KeyValue EXCEPTION_NONE = KeyValue.of(LowCardinalityKeyNames.EXCEPTION, KeyValue.NONE_VALUE);

	private final String name;

	/**
	 * Creates a convention with the name {@value #DEFAULT_NAME}.
	 */
	public DefaultPushpadObservationConvention() {
		this(DEFAULT_NAME);
	}

	/**
	 * Creates a convention with another observation name.
	 * @param name the observation name
	 */
	public DefaultPushpadObservationConvention(String name) {
		this.name = name;
	}

	@Override
	public String getName() {
		return this.name;
	}

	@Override
	public String getContextualName(PushpadObservationContext context) {
		return "pushpad " + context.getOperation();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(PushpadObservationContext context) {
		return KeyValues.of(operation(context), outcome(context), status(context), exception(context));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(PushpadObservationContext context) {
		Long projectId = context.getProjectId();
		if (projectId == null) {
			return KeyValues.empty();
		}
		return KeyValues.of(KeyValue.of(HighCardinalityKeyNames.PROJECT_ID, String.valueOf(projectId)));
	}

	protected KeyValue operation(PushpadObservationContext context) {
		return KeyValue.of(LowCardinalityKeyNames.OPERATION, context.getOperation());
	}

	protected KeyValue outcome(PushpadObservationContext context) {
		Integer status = context.getStatusCode();
		String outcome;
		if (status == null) {
			outcome = "UNKNOWN";
		}
		else if (status >= 200 && status < 300) {
			outcome = "SUCCESS";
		}
		else if (status >= 400 && status < 500) {
			outcome = "CLIENT_ERROR";
		}
		else if (status >= 500 && status < 600) {
			outcome = "SERVER_ERROR";
		}
		else {
			outcome = "UNKNOWN";
		}
		return KeyValue.of(LowCardinalityKeyNames.OUTCOME, outcome);
	}

	protected KeyValue status(PushpadObservationContext context) {
		Integer status = context.getStatusCode();
		return (status != null) ? KeyValue.of(LowCardinalityKeyNames.STATUS, String.valueOf(status)) : STATUS_NONE;
	}

	protected KeyValue exception(PushpadObservationContext context) {
		Throwable error = context.getError();
		if (error == null) {
			return EXCEPTION_NONE;
		}
		String simpleName = error.getClass().getSimpleName();
		return KeyValue.of(LowCardinalityKeyNames.EXCEPTION,
				simpleName.isEmpty() ? error.getClass().getName() : simpleName);
	}

}
