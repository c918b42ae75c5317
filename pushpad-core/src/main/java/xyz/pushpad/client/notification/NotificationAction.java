package xyz.pushpad.client.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Action button shown with a notification.
 *
 * @param title label of the button
 * @param targetUrl page opened when the button is clicked, or {@code null} for none
 * @param icon URL of a small icon for the button, or {@code null} for none
 * @param action identifier passed to the JavaScript callback bound to the button, made of word characters, or
 * {@code null} for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationAction(@JsonProperty("title") String title,
		@JsonProperty("target_url") @Nullable String targetUrl, @JsonProperty("icon") @Nullable String icon,
		@JsonProperty("action") @Nullable String action) {

	/**
	 * Creates an action button with only a title.
	 * @param title label of the button
	 * @return the action button
	 */
	public static NotificationAction of(String title) {
		return new NotificationAction(title, null, null, null);
	}

	/**
	 * Creates an action button that opens a page.
	 * @param title label of the button
	 * @param targetUrl page opened when the button is clicked
	 * @return the action button
	 */
	public static NotificationAction of(String title, String targetUrl) {
		return new NotificationAction(title, targetUrl, null, null);
	}

	/**
	 * Returns a copy with the given icon URL.
	 * @param icon URL of a small icon for the button
	 * @return the new action button
	 */
	public NotificationAction withIcon(@Nullable String icon) {
		return new NotificationAction(this.title, this.targetUrl, icon, this.action);
	}

	/**
	 * Returns a copy with the given action identifier.
	 * @param action identifier made of word characters
	 * @return the new action button
	 */
	public NotificationAction withAction(@Nullable String action) {
		return new NotificationAction(this.title, this.targetUrl, this.icon, action);
	}

}
