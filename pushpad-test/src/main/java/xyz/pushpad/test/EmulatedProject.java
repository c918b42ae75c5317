package xyz.pushpad.test;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Project stored by the emulator. Its values are the defaults of the notifications sent in it.
 *
 * @param id identifier of the project
 * @param senderId identifier of the sender whose keys the project uses
 * @param name name of the project, the default notification title
 * @param website website of the project, the default notification target URL
 * @param iconUrl default notification icon, or {@code null}
 * @param badgeUrl default notification badge, or {@code null}
 * @param notificationsTtl default time to live of notifications, in seconds
 * @param notificationsRequireInteraction whether notifications stay open by default until the user acts on them
 * @param notificationsSilent whether notifications are silent by default
 * @param createdAt time the project was created
 */
public record EmulatedProject(long id, long senderId, String name, String website, @Nullable String iconUrl,
		@Nullable String badgeUrl, long notificationsTtl, boolean notificationsRequireInteraction,
		boolean notificationsSilent, Instant createdAt) {

	/**
	 * Default of {@link #notificationsTtl()} for a new project: 7 days.
	 */
	public static final long DEFAULT_NOTIFICATIONS_TTL = 604800;

	/**
	 * Maximum of {@link #notificationsTtl()}: 28 days.
	 */
	public static final long MAX_NOTIFICATIONS_TTL = 2419200;

}
