package xyz.pushpad.client.project;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import xyz.pushpad.client.PushpadValidationException;
import xyz.pushpad.client.Validation;

/**
 * Project to create, immutable. {@code senderId}, {@code name} and {@code website} are required; the other fields are
 * left out of the request when unset, so that Pushpad's defaults apply.
 *
 * @param senderId identifier of the sender whose VAPID keys sign its notifications; projects of one domain must
 * share a sender
 * @param name human-readable name
 * @param website URL of the website, also the default target URL of notifications
 * @param iconUrl default notification icon, or {@code null}
 * @param badgeUrl default notification badge, or {@code null}
 * @param notificationsTtl default time to live of notifications in seconds, 0 to 2419200, or {@code null}
 * @param notificationsRequireInteraction whether notifications stay open until the user acts on them, or {@code null}
 * @param notificationsSilent whether notifications are silent, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectCreateRequest(@JsonProperty("sender_id") long senderId, @JsonProperty("name") String name,
		@JsonProperty("website") String website, @JsonProperty("icon_url") @Nullable String iconUrl,
		@JsonProperty("badge_url") @Nullable String badgeUrl,
		@JsonProperty("notifications_ttl") @Nullable Long notificationsTtl,
		@JsonProperty("notifications_require_interaction") @Nullable Boolean notificationsRequireInteraction,
		@JsonProperty("notifications_silent") @Nullable Boolean notificationsSilent) {

	/**
	 * Checks every field against the rules of the Pushpad API.
	 * @throws PushpadValidationException if a field breaks a rule; the message names the field
	 */
	public ProjectCreateRequest {
		Validation.requirePositive("sender_id", senderId);
		Validation.requireNotBlank("name", name, "a project needs a name");
		Validation.requireNotBlank("website", website, "a project needs the URL of its website");
		ProjectSettings.checkUrls(website, iconUrl, badgeUrl);
		ProjectSettings.checkTtl(notificationsTtl);
	}

	/**
	 * Starts a builder with the three required fields.
	 * @param senderId identifier of the sender
	 * @param name human-readable name
	 * @param website URL of the website
	 * @return a new builder
	 */
	public static Builder builder(long senderId, String name, String website) {
		return new Builder(senderId, name, website);
	}

	/**
	 * Builder of {@link ProjectCreateRequest}. Not thread-safe.
	 */
	public static final class Builder {

		private final long senderId;

		private final String name;

		private final String website;

		private @Nullable String iconUrl;

		private @Nullable String badgeUrl;

		private @Nullable Long notificationsTtl;

		private @Nullable Boolean notificationsRequireInteraction;

		private @Nullable Boolean notificationsSilent;

		private Builder(long senderId, String name, String website) {
			this.senderId = senderId;
			this.name = name;
			this.website = website;
		}

		/**
		 * Sets the default notification icon, at least 192x192 pixels and square suggested.
		 * @param iconUrl absolute URL
		 * @return this builder
		 */
		public Builder iconUrl(@Nullable String iconUrl) {
			this.iconUrl = iconUrl;
			return this;
		}

		/**
		 * Sets the default notification badge, at least 96x96 pixels and square suggested.
		 * @param badgeUrl absolute URL
		 * @return this builder
		 */
		public Builder badgeUrl(@Nullable String badgeUrl) {
			this.badgeUrl = badgeUrl;
			return this;
		}

		/**
		 * Sets how long notifications wait for an offline device by default, at most 28 days.
		 * @param notificationsTtl time to live, a whole number of seconds
		 * @return this builder
		 * @throws PushpadValidationException if the duration has a fraction of a second
		 */
		public Builder notificationsTtl(@Nullable Duration notificationsTtl) {
			this.notificationsTtl = Validation.requireWholeSeconds("notifications_ttl", notificationsTtl);
			return this;
		}

		/**
		 * Sets whether notifications stay open until the user acts on them by default.
		 * @param requireInteraction whether interaction is required
		 * @return this builder
		 */
		public Builder notificationsRequireInteraction(@Nullable Boolean requireInteraction) {
			this.notificationsRequireInteraction = requireInteraction;
			return this;
		}

		/**
		 * Sets whether notifications are silent by default.
		 * @param silent whether notifications are silent
		 * @return this builder
		 */
		public Builder notificationsSilent(@Nullable Boolean silent) {
			this.notificationsSilent = silent;
			return this;
		}

		/**
		 * Builds the request.
		 * @return the immutable request
		 * @throws PushpadValidationException if a required field is missing, a URL is not an absolute http or https
		 * URL, or the time to live is out of range
		 */
		public ProjectCreateRequest build() {
			return new ProjectCreateRequest(this.senderId, this.name, this.website, this.iconUrl, this.badgeUrl,
					this.notificationsTtl, this.notificationsRequireInteraction, this.notificationsSilent);
		}

	}

}
