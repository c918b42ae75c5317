package xyz.pushpad.client.subscription;

import java.util.Arrays;
import java.util.List;

import xyz.pushpad.client.PushpadValidationException;

/**
 * Filter of the subscriptions to list or count, immutable. Values are sent exactly as given, whatever characters they
 * contain.
 *
 * <p>With neither uids nor tags every subscription of the project matches. {@code uids} restricts the result to
 * subscriptions of those users, {@code tags} to subscriptions matching at least one tag or tag expression, and both
 * together must match.
 *
 * @param uids user identifiers; empty for no restriction by uid
 * @param tags tags or tag expressions such as {@code "sports && !travel"}; empty for no restriction by tag
 */
public record SubscriptionFilter(List<String> uids, List<String> tags) {

	private static final SubscriptionFilter ALL = new SubscriptionFilter(List.of(), List.of());

	public SubscriptionFilter {
		uids = copyWithoutNulls("uids", uids);
		tags = copyWithoutNulls("tags", tags);
	}

	/**
	 * Returns the filter that matches every subscription of the project.
	 * @return the filter
	 */
	public static SubscriptionFilter all() {
		return ALL;
	}

	/**
	 * Creates a filter that matches the subscriptions of any of these users.
	 * @param uids user identifiers
	 * @return the filter
	 */
	public static SubscriptionFilter byUids(String... uids) {
		return new SubscriptionFilter(Arrays.asList(uids), List.of());
	}

	/**
	 * Creates a filter that matches the subscriptions with at least one of these tags or tag expressions.
	 * @param tags tags or tag expressions, such as {@code "(sports || news) && !travel"}
	 * @return the filter
	 */
	public static SubscriptionFilter byTags(String... tags) {
		return new SubscriptionFilter(List.of(), Arrays.asList(tags));
	}

	/**
	 * Returns a copy that also requires one of these uids, replacing any uids set before.
	 * @param uids user identifiers
	 * @return the new filter
	 */
	public SubscriptionFilter withUids(String... uids) {
		return new SubscriptionFilter(Arrays.asList(uids), this.tags);
	}

	/**
	 * Returns a copy that also requires one of these tags or tag expressions, replacing any tags set before.
	 * @param tags tags or tag expressions
	 * @return the new filter
	 */
	public SubscriptionFilter withTags(String... tags) {
		return new SubscriptionFilter(this.uids, Arrays.asList(tags));
	}

	private static List<String> copyWithoutNulls(String field, List<String> values) {
		if (values == null) {
			return List.of();
		}
		for (String value : values) {
			if (value == null) {
				throw new PushpadValidationException(field, null, "a filter value must not be null");
			}
		}
		return List.copyOf(values);
	}

}
