package xyz.pushpad.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * {@link ObservationConvention} for the observations of {@link xyz.pushpad.client.PushpadTemplate} operations.
 * Implement it, or extend {@link DefaultPushpadObservationConvention}, to change the name or the key values.
 */
public interface PushpadObservationConvention extends ObservationConvention<PushpadObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof PushpadObservationContext;
	}

}
