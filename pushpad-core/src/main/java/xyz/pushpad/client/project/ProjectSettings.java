package xyz.pushpad.client.project;

import org.jspecify.annotations.Nullable;

import xyz.pushpad.client.PushpadValidationException;
import xyz.pushpad.client.Validation;

/**
 * Checks of the project fields that creating and updating share.
 */
final class ProjectSettings {

	/**
	 * Maximum of {@code notifications_ttl} the API accepts: 28 days, in seconds.
	 */
	static final long MAX_NOTIFICATIONS_TTL = 2_419_200L;

	private ProjectSettings() {
	}

	static void checkTtl(@Nullable Long notificationsTtl) {
		if (notificationsTtl != null && (notificationsTtl < 0 || notificationsTtl > MAX_NOTIFICATIONS_TTL)) {
			throw new PushpadValidationException("notifications_ttl", notificationsTtl,
					"must be between 0 and " + MAX_NOTIFICATIONS_TTL + " seconds (28 days)");
		}
	}

	static void checkUrls(@Nullable String website, @Nullable String iconUrl, @Nullable String badgeUrl) {
		Validation.requireHttpUrl("website", website);
		Validation.requireHttpUrl("icon_url", iconUrl);
		Validation.requireHttpUrl("badge_url", badgeUrl);
	}

}
