package xyz.pushpad.client.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import xyz.pushpad.client.PushpadValidationException;
import xyz.pushpad.client.Validation;
import xyz.pushpad.client.tag.Tags;

/**
 * Notification to create, immutable. Build one with {@link #builder()}; every field except {@code body} is optional,
 * and an unset field is left out of the request so that the project's default applies.
 *
 * <p>Targeting: with neither {@code uids} nor {@code tags} the notification goes to every subscriber of the project;
 * {@code uids} restricts it to those users, {@code tags} to subscriptions matching at least one tag or tag expression,
 * and both together must match. An empty list for either sends the notification to nobody.
 *
 * @param body main text, required
 * @param title title, or {@code null} for the project name
 * @param targetUrl page opened on click, or {@code null} for the project website
 * @param iconUrl icon URL, or {@code null} for the project's icon
 * @param badgeUrl badge URL, or {@code null} for the project's badge
 * @param imageUrl large image URL, or {@code null} for none
 * @param ttl seconds after which an undelivered notification is dropped, or {@code null} for the project's default
 * @param requireInteraction whether the notification stays open until the user acts on it, or {@code null} for the
 * project's default
 * @param silent whether sound and vibration are disabled, or {@code null} for the project's default
 * @param urgent whether the notification wakes sleeping devices, or {@code null} for {@code false}
 * @param customData string passed to the action buttons' JavaScript callbacks, or {@code null}
 * @param actions action buttons, or {@code null} for none
 * @param starred whether to bookmark the notification in the dashboard, or {@code null} for {@code false}
 * @param sendAt time to send the notification, or {@code null} to send it at once. The template that sends the
 * request checks that it is at most 5 days ahead of the template's clock.
 * @param customMetrics up to 3 custom metrics to add its statistics to, or {@code null} for none
 * @param uids users to send to, or {@code null} for no restriction by uid
 * @param tags tags or tag expressions to send to, or {@code null} for no restriction by tag
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationRequest(@JsonProperty("body") String body, @JsonProperty("title") @Nullable String title,
		@JsonProperty("target_url") @Nullable String targetUrl, @JsonProperty("icon_url") @Nullable String iconUrl,
		@JsonProperty("badge_url") @Nullable String badgeUrl, @JsonProperty("image_url") @Nullable String imageUrl,
		@JsonProperty("ttl") @Nullable Long ttl, @JsonProperty("require_interaction") @Nullable Boolean requireInteraction,
		@JsonProperty("silent") @Nullable Boolean silent, @JsonProperty("urgent") @Nullable Boolean urgent,
		@JsonProperty("custom_data") @Nullable String customData,
		@JsonProperty("actions") @Nullable List<NotificationAction> actions,
		@JsonProperty("starred") @Nullable Boolean starred, @JsonProperty("send_at") @Nullable Instant sendAt,
		@JsonProperty("custom_metrics") @Nullable List<String> customMetrics,
		@JsonProperty("uids") @Nullable List<String> uids, @JsonProperty("tags") @Nullable List<String> tags) {

	/**
	 * Maximum number of custom metrics per notification.
	 */
	public static final int MAX_CUSTOM_METRICS = 3;

	/**
	 * Checks every field against the rules of the Pushpad API.
	 * @throws PushpadValidationException if a field breaks a rule; the message names the field
	 */
	public NotificationRequest {
		Validation.requireNotBlank("body", body, "a notification needs a body, set it with body(...)");
		Validation.requireHttpUrl("target_url", targetUrl);
		Validation.requireHttpUrl("icon_url", iconUrl);
		Validation.requireHttpUrl("badge_url", badgeUrl);
		Validation.requireHttpUrl("image_url", imageUrl);
		if (ttl != null && ttl < 0) {
			throw new PushpadValidationException("ttl", ttl, "must be 0 or more seconds");
		}
		validateActions(actions);
		Validation.requireMaxSize("custom_metrics", customMetrics, MAX_CUSTOM_METRICS);
		Validation.requireNoBlankElement("custom_metrics", customMetrics);
		Validation.requireNoBlankElement("uids", uids);
		Validation.requireTagExpressions("tags", tags);
		actions = copyOrNull(actions);
		customMetrics = copyOrNull(customMetrics);
		uids = copyOrNull(uids);
		tags = copyOrNull(tags);
	}

	private static void validateActions(@Nullable List<NotificationAction> actions) {
		if (actions == null) {
			return;
		}
		for (int i = 0; i < actions.size(); i++) {
			NotificationAction action = actions.get(i);
			String field = "actions[" + i + "]";
			Validation.requireNonNull(field, action);
			Validation.requireNotBlank(field + ".title", action.title(), "every action button needs a label");
			Validation.requireHttpUrl(field + ".target_url", action.targetUrl());
			Validation.requireHttpUrl(field + ".icon", action.icon());
			Validation.requireWordCharacters(field + ".action", action.action());
		}
	}

	/**
	 * Creates a notification with only a body, sent to every subscriber of the project.
	 * @param body main text
	 * @return the request
	 */
	public static NotificationRequest of(String body) {
		return builder().body(body).build();
	}

	/**
	 * Starts a builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Starts a builder that contains the values of this request.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		Builder builder = new Builder();
		builder.body = this.body;
		builder.title = this.title;
		builder.targetUrl = this.targetUrl;
		builder.iconUrl = this.iconUrl;
		builder.badgeUrl = this.badgeUrl;
		builder.imageUrl = this.imageUrl;
		builder.ttl = this.ttl;
		builder.requireInteraction = this.requireInteraction;
		builder.silent = this.silent;
		builder.urgent = this.urgent;
		builder.customData = this.customData;
		builder.actions = this.actions;
		builder.starred = this.starred;
		builder.sendAt = this.sendAt;
		builder.customMetrics = this.customMetrics;
		builder.uids = this.uids;
		builder.tags = this.tags;
		return builder;
	}

	private static <T> @Nullable List<T> copyOrNull(@Nullable List<T> list) {
		return (list != null) ? List.copyOf(list) : null;
	}

	/**
	 * Builder of {@link NotificationRequest}. Not thread-safe; {@link #build()} checks the values and may be called
	 * more than once.
	 */
	public static final class Builder {

		private @Nullable String body;

		private @Nullable String title;

		private @Nullable String targetUrl;

		private @Nullable String iconUrl;

		private @Nullable String badgeUrl;

		private @Nullable String imageUrl;

		private @Nullable Long ttl;

		private @Nullable Boolean requireInteraction;

		private @Nullable Boolean silent;

		private @Nullable Boolean urgent;

		private @Nullable String customData;

		private @Nullable List<NotificationAction> actions;

		private @Nullable Boolean starred;

		private @Nullable Instant sendAt;

		private @Nullable List<String> customMetrics;

		private @Nullable List<String> uids;

		private @Nullable List<String> tags;

		private Builder() {
		}

		/**
		 * Sets the main text, required.
		 * @param body main text
		 * @return this builder
		 */
		public Builder body(String body) {
			this.body = body;
			return this;
		}

		/**
		 * Sets the title; the project name is used when unset.
		 * @param title title
		 * @return this builder
		 */
		public Builder title(@Nullable String title) {
			this.title = title;
			return this;
		}

		/**
		 * Sets the page opened on click; the project website is used when unset.
		 * @param targetUrl absolute http(s) URL
		 * @return this builder
		 */
		public Builder targetUrl(@Nullable String targetUrl) {
			this.targetUrl = targetUrl;
			return this;
		}

		/**
		 * Sets the icon, 192x192 pixels suggested.
		 * @param iconUrl absolute http(s) URL
		 * @return this builder
		 */
		public Builder iconUrl(@Nullable String iconUrl) {
			this.iconUrl = iconUrl;
			return this;
		}

		/**
		 * Sets the badge shown where there is no room for the whole notification, 96x96 pixels suggested.
		 * @param badgeUrl absolute http(s) URL
		 * @return this builder
		 */
		public Builder badgeUrl(@Nullable String badgeUrl) {
			this.badgeUrl = badgeUrl;
			return this;
		}

		/**
		 * Sets a large image shown in the notification, 800 pixels on the longer side suggested.
		 * @param imageUrl absolute http(s) URL
		 * @return this builder
		 */
		public Builder imageUrl(@Nullable String imageUrl) {
			this.imageUrl = imageUrl;
			return this;
		}

		/**
		 * Sets how long Pushpad keeps trying to deliver the notification to an offline device.
		 * @param ttl time to live, a whole number of seconds
		 * @return this builder
		 * @throws PushpadValidationException if the duration has a fraction of a second
		 */
		public Builder ttl(@Nullable Duration ttl) {
			this.ttl = Validation.requireWholeSeconds("ttl", ttl);
			return this;
		}

		/**
		 * Sets how long Pushpad keeps trying to deliver the notification to an offline device.
		 * @param ttlSeconds time to live in seconds
		 * @return this builder
		 */
		public Builder ttl(long ttlSeconds) {
			this.ttl = ttlSeconds;
			return this;
		}

		/**
		 * Sets whether the notification stays open until the user acts on it (Chrome on desktop).
		 * @param requireInteraction whether interaction is required
		 * @return this builder
		 */
		public Builder requireInteraction(@Nullable Boolean requireInteraction) {
			this.requireInteraction = requireInteraction;
			return this;
		}

		/**
		 * Sets whether sound and vibration are disabled.
		 * @param silent whether the notification is silent
		 * @return this builder
		 */
		public Builder silent(@Nullable Boolean silent) {
			this.silent = silent;
			return this;
		}

		/**
		 * Sets whether the notification is time-sensitive and wakes sleeping devices.
		 * @param urgent whether the notification is urgent
		 * @return this builder
		 */
		public Builder urgent(@Nullable Boolean urgent) {
			this.urgent = urgent;
			return this;
		}

		/**
		 * Sets a string passed to the JavaScript callbacks of the action buttons.
		 * @param customData any string
		 * @return this builder
		 */
		public Builder customData(@Nullable String customData) {
			this.customData = customData;
			return this;
		}

		/**
		 * Sets the action buttons, replacing any set before.
		 * @param actions action buttons
		 * @return this builder
		 */
		public Builder actions(@Nullable List<NotificationAction> actions) {
			this.actions = actions;
			return this;
		}

		/**
		 * Sets the action buttons, replacing any set before.
		 * @param actions action buttons
		 * @return this builder
		 */
		public Builder actions(NotificationAction... actions) {
			return actions(Arrays.asList(actions));
		}

		/**
		 * Adds one action button after those already set.
		 * @param action action button
		 * @return this builder
		 */
		public Builder action(NotificationAction action) {
			List<NotificationAction> list = (this.actions != null) ? new ArrayList<>(this.actions) : new ArrayList<>();
			list.add(action);
			this.actions = list;
			return this;
		}

		/**
		 * Sets whether the notification is bookmarked in the Pushpad dashboard.
		 * @param starred whether the notification is starred
		 * @return this builder
		 */
		public Builder starred(@Nullable Boolean starred) {
			this.starred = starred;
			return this;
		}

		/**
		 * Schedules the notification, at most 5 days ahead; {@code null} sends it at once. The limit is checked when
		 * a template sends the request, against the {@link xyz.pushpad.client.PushpadTemplate.Builder#clock clock}
		 * of that template.
		 * @param sendAt time to send the notification
		 * @return this builder
		 */
		public Builder sendAt(@Nullable Instant sendAt) {
			this.sendAt = sendAt;
			return this;
		}

		/**
		 * Sets up to 3 custom metrics, created beforehand in the project settings.
		 * @param customMetrics custom metric names
		 * @return this builder
		 */
		public Builder customMetrics(@Nullable List<String> customMetrics) {
			this.customMetrics = customMetrics;
			return this;
		}

		/**
		 * Sets up to 3 custom metrics, created beforehand in the project settings.
		 * @param customMetrics custom metric names
		 * @return this builder
		 */
		public Builder customMetrics(String... customMetrics) {
			return customMetrics(Arrays.asList(customMetrics));
		}

		/**
		 * Restricts the notification to these users; an empty list sends it to nobody.
		 * @param uids user identifiers
		 * @return this builder
		 */
		public Builder uids(@Nullable List<String> uids) {
			this.uids = uids;
			return this;
		}

		/**
		 * Restricts the notification to these users; no argument sends it to nobody.
		 * @param uids user identifiers
		 * @return this builder
		 */
		public Builder uids(String... uids) {
			return uids(Arrays.asList(uids));
		}

		/**
		 * Restricts the notification to subscriptions matching at least one of these tags or tag expressions, such
		 * as {@code "sports && !travel"}; an empty list sends it to nobody.
		 * @param tags tags or tag expressions
		 * @return this builder
		 */
		public Builder tags(@Nullable List<String> tags) {
			this.tags = tags;
			return this;
		}

		/**
		 * Restricts the notification to subscriptions matching at least one of these tag expressions, built with
		 * {@link Tags}.
		 * @param first the first tag expression
		 * @param others the other tag expressions
		 * @return this builder
		 */
		public Builder tags(Tags first, Tags... others) {
			List<String> list = new ArrayList<>();
			list.add(first.toString());
			for (Tags other : others) {
				list.add(other.toString());
			}
			return tags(list);
		}

		/**
		 * Restricts the notification to subscriptions matching at least one of these tags or tag expressions; no
		 * argument sends it to nobody.
		 * @param tags tags or tag expressions
		 * @return this builder
		 */
		public Builder tags(String... tags) {
			return tags(Arrays.asList(tags));
		}

		/**
		 * Builds the request.
		 * @return the immutable request
		 * @throws PushpadValidationException if the body is missing or another value breaks a rule of the API
		 */
		public NotificationRequest build() {
			return new NotificationRequest(this.body, this.title, this.targetUrl, this.iconUrl, this.badgeUrl,
					this.imageUrl, this.ttl, this.requireInteraction, this.silent, this.urgent, this.customData,
					this.actions, this.starred, this.sendAt, this.customMetrics, this.uids, this.tags);
		}

	}

}
