package xyz.pushpad.client.subscription;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import xyz.pushpad.client.PushpadValidationException;
import xyz.pushpad.client.Validation;

/**
 * Change to a subscription's uid and tags, immutable. Each field is left unchanged, set, or cleared: a field that was
 * not changed is left out of the request, and a cleared uid is sent as {@code "uid": null}. Build one with
 * {@link #builder()}.
 *
 * @param uidChanged whether the request changes the uid
 * @param uid the new uid, or {@code null} to clear it when {@code uidChanged} is set
 * @param tags the new tags, each a single tag and not an expression, replacing all current ones (empty to remove
 * them all), or {@code null} to leave them unchanged
 */
public record SubscriptionUpdateRequest(boolean uidChanged, @Nullable String uid, @Nullable List<String> tags) {

	public SubscriptionUpdateRequest {
		if (!uidChanged && uid != null) {
			throw new PushpadValidationException("uid", uid, "a uid can only be sent when uidChanged is true");
		}
		if (!uidChanged && tags == null) {
			throw new PushpadValidationException("uid, tags", null, "the update changes nothing: set or clear the uid "
					+ "with uid(...) or clearUid(), or the tags with tags(...) or clearTags()");
		}
		Validation.requireNotBlankWhenSet("uid", uid, "use clearUid() to remove the uid");
		Validation.requirePlainTags("tags", tags);
		tags = (tags != null) ? List.copyOf(tags) : null;
	}

	/**
	 * Starts a builder that leaves both fields unchanged until one is set.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns the JSON body of the PATCH request: only the changed fields, with {@code null} for a cleared uid.
	 */
	@JsonValue
	Map<String, @Nullable Object> toJson() {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		if (this.uidChanged) {
			json.put("uid", this.uid);
		}
		if (this.tags != null) {
			json.put("tags", this.tags);
		}
		return json;
	}

	/**
	 * Builder of {@link SubscriptionUpdateRequest}. Not thread-safe.
	 */
	public static final class Builder {

		private boolean uidChanged;

		private @Nullable String uid;

		private @Nullable List<String> tags;

		private Builder() {
		}

		/**
		 * Sets the uid.
		 * @param uid the new user identifier
		 * @return this builder
		 */
		public Builder uid(String uid) {
			if (uid == null) {
				throw new PushpadValidationException("uid", null, "use clearUid() to remove the uid");
			}
			this.uidChanged = true;
			this.uid = uid;
			return this;
		}

		/**
		 * Removes the uid from the subscription.
		 * @return this builder
		 */
		public Builder clearUid() {
			this.uidChanged = true;
			this.uid = null;
			return this;
		}

		/**
		 * Replaces all tags of the subscription.
		 * @param tags the new tags; empty removes them all
		 * @return this builder
		 */
		public Builder tags(List<String> tags) {
			if (tags == null) {
				throw new PushpadValidationException("tags", null, "use clearTags() to remove all tags");
			}
			this.tags = tags;
			return this;
		}

		/**
		 * Replaces all tags of the subscription.
		 * @param tags the new tags
		 * @return this builder
		 */
		public Builder tags(String... tags) {
			return tags(Arrays.asList(tags));
		}

		/**
		 * Removes all tags from the subscription.
		 * @return this builder
		 */
		public Builder clearTags() {
			this.tags = List.of();
			return this;
		}

		/**
		 * Builds the request.
		 * @return the immutable request
		 * @throws PushpadValidationException if neither the uid nor the tags were changed, the uid is blank or a tag
		 * is invalid
		 */
		public SubscriptionUpdateRequest build() {
			return new SubscriptionUpdateRequest(this.uidChanged, this.uid, this.tags);
		}

	}

}
