package xyz.pushpad.client.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * Documented observations of {@link xyz.pushpad.client.PushpadTemplate}.
 */
public enum PushpadObservationDocumentation implements ObservationDocumentation {

	/**
	 * One operation of the Pushpad REST API, from the first byte sent to the parsed response. When the
	 * {@link org.springframework.web.client.RestClient} is instrumented too, its {@code http.client.requests}
	 * observation is a child of this one.
	 */
	CLIENT_OPERATION {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultPushpadObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeyNames.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return HighCardinalityKeyNames.values();
		}

		@Override
		public Observation.Event[] getEvents() {
			return Events.values();
		}

	};

	/**
	 * Events recorded during an operation. Micrometer's default meter handler counts each event in a counter named
	 * after the observation and the event, such as {@code pushpad.client.requests.retry}.
	 */
	public enum Events implements Observation.Event {

		/**
		 * A failed attempt is about to be sent again.
		 */
		RETRY {

			@Override
			public String getName() {
				return "retry";
			}

			@Override
			public String getContextualName() {
				return "pushpad retry";
			}

		}

	}

	/**
	 * Key values with a small, fixed set of values, safe as metric tags.
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/**
		 * Name of the operation, such as {@code notifications.create} or {@code subscriptions.count}.
		 */
		OPERATION {

			@Override
			public String asString() {
				return "operation";
			}

		},

		/**
		 * Outcome of the operation: {@code SUCCESS} for a 2xx status, {@code CLIENT_ERROR} for 4xx, {@code SERVER_ERROR}
		 * for 5xx, or {@code UNKNOWN} for any other status and when no response arrived.
		 */
		OUTCOME {

			@Override
			public String asString() {
				return "outcome";
			}

		},

		/**
		 * HTTP status code of the response, or {@code NONE} when no response arrived.
		 */
		STATUS {

			@Override
			public String asString() {
				return "status";
			}

		},

		/**
		 * Simple class name of the exception the operation threw, or {@code none}.
		 */
		EXCEPTION {

			@Override
			public String asString() {
				return "exception";
			}

		}

	}

	/**
	 * Key values that may take many values, recorded on traces but never as metric tags.
	 */
	public enum HighCardinalityKeyNames implements KeyName {

		/**
		 * Identifier of the project the operation acts on. It is absent when the request names no project.
		 */
		PROJECT_ID {

			@Override
			public String asString() {
				return "pushpad.project.id";
			}

		}

	}

}
