package xyz.pushpad.test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import xyz.pushpad.client.tag.TagExpression;

/**
 * Subscriptions stored by the emulator: seeding and inspection, without going through HTTP. Obtain it from
 * {@link PushpadEmulator#subscriptions()}.
 */
public final class EmulatorSubscriptions {

	private final EmulatorState state;

	EmulatorSubscriptions(EmulatorState state) {
		this.state = state;
	}

	/**
	 * Adds a subscription to the default project, with a generated endpoint.
	 * @param uid user identifier, or {@code null} for an anonymous subscription
	 * @param tags tags of the subscription
	 * @return the stored subscription
	 */
	public EmulatedSubscription add(@Nullable String uid, String... tags) {
		return addTo(this.state.defaultProjectId(), uid, tags);
	}

	/**
	 * Adds a subscription to a project, with a generated endpoint.
	 * @param projectId the project
	 * @param uid user identifier, or {@code null} for an anonymous subscription
	 * @param tags tags of the subscription
	 * @return the stored subscription
	 */
	public EmulatedSubscription addTo(long projectId, @Nullable String uid, String... tags) {
		for (String tag : tags) {
			if (!TagExpression.isValidTag(tag)) {
				throw new IllegalArgumentException(
						"Invalid tag \"" + tag + "\": tags may contain only a-z A-Z 0-9 _ - . : @ #");
			}
		}
		String endpoint = "https://push.example.com/send/" + UUID.randomUUID();
		return this.state.createSubscription(projectId, endpoint, null, null, uid, new LinkedHashSet<>(List.of(tags)));
	}

	/**
	 * Returns every subscription of every project, in order of creation.
	 * @return the subscriptions
	 */
	public List<EmulatedSubscription> all() {
		return this.state.allSubscriptions();
	}

	/**
	 * Returns the subscriptions of a project, in order of creation.
	 * @param projectId the project
	 * @return the subscriptions
	 */
	public List<EmulatedSubscription> inProject(long projectId) {
		return this.state.subscriptions(projectId, null, null);
	}

}
