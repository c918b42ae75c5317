package xyz.pushpad.test;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Browser subscription stored by the emulator.
 *
 * @param id identifier of the subscription
 * @param projectId identifier of the project it belongs to
 * @param endpoint push service URL that identifies the subscription
 * @param p256dh browser public key, or {@code null}
 * @param auth browser authentication secret, or {@code null}
 * @param uid user identifier, or {@code null} for an anonymous subscription
 * @param tags tags, in the order they were set
 * @param lastClickAt time a notification was last opened on it, or {@code null} if never
 * @param createdAt time the subscription was created
 */
public record EmulatedSubscription(long id, long projectId, String endpoint, @Nullable String p256dh,
		@Nullable String auth, @Nullable String uid, Set<String> tags, @Nullable Instant lastClickAt,
		Instant createdAt) {

	public EmulatedSubscription {
		tags = Collections.unmodifiableSet(new LinkedHashSet<>(tags));
	}

	/**
	 * Returns whether the subscription carries the tag.
	 * @param tag the tag
	 * @return {@code true} if the tag is set
	 */
	public boolean hasTag(String tag) {
		return this.tags.contains(tag);
	}

	EmulatedSubscription withUidAndTags(@Nullable String uid, Set<String> tags) {
		return new EmulatedSubscription(this.id, this.projectId, this.endpoint, this.p256dh, this.auth, uid, tags,
				this.lastClickAt, this.createdAt);
	}

	EmulatedSubscription withLastClickAt(Instant lastClickAt) {
		return new EmulatedSubscription(this.id, this.projectId, this.endpoint, this.p256dh, this.auth, this.uid,
				this.tags, lastClickAt, this.createdAt);
	}

}
