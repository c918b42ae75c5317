package xyz.pushpad.client.subscription;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import xyz.pushpad.client.PushpadValidationException;
import xyz.pushpad.client.Validation;

/**
 * Subscription to create, usually to import it from another service, immutable. Browsers normally subscribe through
 * the Pushpad JavaScript SDK instead. Every field except {@code endpoint} is optional and is left out of the request
 * when unset.
 *
 * @param endpoint push endpoint URL of the browser, an absolute https URL, required
 * @param p256dh ECDH public key of the browser, or {@code null}
 * @param auth authentication secret of the browser, or {@code null}
 * @param uid user identifier to attach, or {@code null} for none
 * @param tags tags to attach, each a single tag and not an expression, or {@code null} for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionCreateRequest(@JsonProperty("endpoint") String endpoint,
		@JsonProperty("p256dh") @Nullable String p256dh, @JsonProperty("auth") @Nullable String auth,
		@JsonProperty("uid") @Nullable String uid, @JsonProperty("tags") @Nullable List<String> tags) {

	/**
	 * Checks the fields against the rules of the Pushpad API.
	 * @throws PushpadValidationException if a field breaks a rule; the message names the field
	 */
	public SubscriptionCreateRequest {
		Validation.requireNotBlank("endpoint", endpoint,
				"a subscription needs the push endpoint URL of the browser, set it with endpoint(...)");
		Validation.requireHttpsUrl("endpoint", endpoint, "https://fcm.googleapis.com/fcm/send/...");
		Validation.requireNotBlankWhenSet("uid", uid, "leave the uid unset for a subscription without a user");
		Validation.requirePlainTags("tags", tags);
		tags = (tags != null) ? List.copyOf(tags) : null;
	}

	/**
	 * Starts a builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder of {@link SubscriptionCreateRequest}. Not thread-safe.
	 */
	public static final class Builder {

		private @Nullable String endpoint;

		private @Nullable String p256dh;

		private @Nullable String auth;

		private @Nullable String uid;

		private @Nullable List<String> tags;

		private Builder() {
		}

		/**
		 * Sets the push endpoint URL of the browser, required.
		 * @param endpoint absolute URL
		 * @return this builder
		 */
		public Builder endpoint(String endpoint) {
			this.endpoint = endpoint;
			return this;
		}

		/**
		 * Sets the keys of the browser's push subscription, as its {@code getKey("p256dh")} and {@code getKey("auth")}
		 * return them in base64url.
		 * @param p256dh ECDH public key
		 * @param auth authentication secret
		 * @return this builder
		 */
		public Builder keys(@Nullable String p256dh, @Nullable String auth) {
			this.p256dh = p256dh;
			this.auth = auth;
			return this;
		}

		/**
		 * Attaches a user identifier.
		 * @param uid user identifier
		 * @return this builder
		 */
		public Builder uid(@Nullable String uid) {
			this.uid = uid;
			return this;
		}

		/**
		 * Attaches tags, replacing any set before.
		 * @param tags tags
		 * @return this builder
		 */
		public Builder tags(@Nullable List<String> tags) {
			this.tags = tags;
			return this;
		}

		/**
		 * Attaches tags, replacing any set before.
		 * @param tags tags
		 * @return this builder
		 */
		public Builder tags(String... tags) {
			return tags(Arrays.asList(tags));
		}

		/**
		 * Builds the request.
		 * @return the immutable request
		 * @throws PushpadValidationException if the endpoint is missing or not an https URL, the uid is blank or a
		 * tag is invalid
		 */
		public SubscriptionCreateRequest build() {
			return new SubscriptionCreateRequest(this.endpoint, this.p256dh, this.auth, this.uid, this.tags);
		}

	}

}
