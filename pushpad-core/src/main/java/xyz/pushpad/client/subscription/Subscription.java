package xyz.pushpad.client.subscription;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Push subscription of one browser, as Pushpad stores it.
 *
 * @param id identifier of the subscription
 * @param projectId identifier of the project it belongs to
 * @param endpoint push endpoint URL of the browser, which identifies the subscription
 * @param p256dh ECDH public key of the browser, or {@code null}
 * @param auth authentication secret of the browser, or {@code null}
 * @param uid user identifier attached to the subscription, or {@code null} for none
 * @param tags tags attached to the subscription; empty when there are none
 * @param lastClickAt time a notification sent to it was last clicked, or {@code null} when none was
 * @param createdAt time it was created
 */
public record Subscription(@JsonProperty("id") long id, @JsonProperty("project_id") long projectId,
		@JsonProperty("endpoint") @Nullable String endpoint, @JsonProperty("p256dh") @Nullable String p256dh,
		@JsonProperty("auth") @Nullable String auth, @JsonProperty("uid") @Nullable String uid,
		@JsonProperty("tags") List<String> tags, @JsonProperty("last_click_at") @Nullable Instant lastClickAt,
		@JsonProperty("created_at") @Nullable Instant createdAt) {

	public Subscription {
		tags = (tags != null) ? List.copyOf(tags) : List.of();
	}

}
