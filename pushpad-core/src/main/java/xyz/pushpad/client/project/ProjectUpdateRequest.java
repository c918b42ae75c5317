package xyz.pushpad.client.project;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import xyz.pushpad.client.PushpadValidationException;
import xyz.pushpad.client.Validation;

/**
 * Change to any subset of a project's settings, immutable. A field left {@code null} is left out of the request and
 * keeps its value; the sender of a project cannot be changed.
 *
 * @param name new name, or {@code null}
 * @param website new website URL, or {@code null}
 * @param iconUrl new default notification icon, or {@code null}
 * @param badgeUrl new default notification badge, or {@code null}
 * @param notificationsTtl new default time to live of notifications in seconds, 0 to 2419200, or {@code null}
 * @param notificationsRequireInteraction new default for require interaction, or {@code null}
 * @param notificationsSilent new default for silent, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectUpdateRequest(@JsonProperty("name") @Nullable String name,
		@JsonProperty("website") @Nullable String website, @JsonProperty("icon_url") @Nullable String iconUrl,
		@JsonProperty("badge_url") @Nullable String badgeUrl,
		@JsonProperty("notifications_ttl") @Nullable Long notificationsTtl,
		@JsonProperty("notifications_require_interaction") @Nullable Boolean notificationsRequireInteraction,
		@JsonProperty("notifications_silent") @Nullable Boolean notificationsSilent) {

	public ProjectUpdateRequest {
		Validation.requireNotBlankWhenSet("name", name, "leave it unset to keep the current name");
		Validation.requireNotBlankWhenSet("website", website, "leave it unset to keep the current website");
		ProjectSettings.checkUrls(website, iconUrl, badgeUrl);
		ProjectSettings.checkTtl(notificationsTtl);
		if (name == null && website == null && iconUrl == null && badgeUrl == null && notificationsTtl == null
				&& notificationsRequireInteraction == null && notificationsSilent == null) {
			throw new PushpadValidationException("name", null, "the update changes nothing: set at least one field");
		}
	}

	/**
	 * Starts a builder that changes nothing until a field is set.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder of {@link ProjectUpdateRequest}. Not thread-safe.
	 */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable String website;

		private @Nullable String iconUrl;

		private @Nullable String badgeUrl;

		private @Nullable Long notificationsTtl;

		private @Nullable Boolean notificationsRequireInteraction;

		private @Nullable Boolean notificationsSilent;

		private Builder() {
		}

		/**
		 * Sets a new name.
		 * @param name human-readable name
		 * @return this builder
		 */
		public Builder name(String name) {
			this.name = name;
			return this;
		}

		/**
		 * Sets a new website URL.
		 * @param website absolute URL
		 * @return this builder
		 */
		public Builder website(String website) {
			this.website = website;
			return this;
		}

		/**
		 * Sets a new default notification icon.
		 * @param iconUrl absolute URL
		 * @return this builder
		 */
		public Builder iconUrl(String iconUrl) {
			this.iconUrl = iconUrl;
			return this;
		}

		/**
		 * Sets a new default notification badge.
		 * @param badgeUrl absolute URL
		 * @return this builder
		 */
		public Builder badgeUrl(String badgeUrl) {
			this.badgeUrl = badgeUrl;
			return this;
		}

		/**
		 * Sets a new default time to live of notifications, at most 28 days.
		 * @param notificationsTtl time to live, a whole number of seconds
		 * @return this builder
		 * @throws PushpadValidationException if the duration has a fraction of a second
		 */
		public Builder notificationsTtl(Duration notificationsTtl) {
			Validation.requireNonNull("notifications_ttl", notificationsTtl);
			this.notificationsTtl = Validation.requireWholeSeconds("notifications_ttl", notificationsTtl);
			return this;
		}

		/**
		 * Sets whether notifications stay open until the user acts on them by default.
		 * @param requireInteraction whether interaction is required
		 * @return this builder
		 */
		public Builder notificationsRequireInteraction(boolean requireInteraction) {
			this.notificationsRequireInteraction = requireInteraction;
			return this;
		}

		/**
		 * Sets whether notifications are silent by default.
		 * @param silent whether notifications are silent
		 * @return this builder
		 */
		public Builder notificationsSilent(boolean silent) {
			this.notificationsSilent = silent;
			return this;
		}

		/**
		 * Builds the request.
		 * @return the immutable request
		 * @throws PushpadValidationException if no field is set, a text field is blank, a URL is not an absolute http
		 * or https URL, or the time to live is out of range
		 */
		public ProjectUpdateRequest build() {
			return new ProjectUpdateRequest(this.name, this.website, this.iconUrl, this.badgeUrl,
					this.notificationsTtl, this.notificationsRequireInteraction, this.notificationsSilent);
		}

	}

}
