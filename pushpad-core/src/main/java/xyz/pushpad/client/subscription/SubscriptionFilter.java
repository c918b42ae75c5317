package xyz.pushpad.client.subscription;

import java.util.Arrays;
import java.util.List;

import xyz.pushpad.client.PushpadValidationException;
import xyz.pushpad.client.Validation;

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

	/**
	 * Checks the values, so that an invalid filter fails before any request is sent.
	 * @throws PushpadValidationException if a uid is {@code null} or blank, or a tag expression is invalid
	 */
	public SubscriptionFilter {
		Validation.requireNoBlankElement("uids", uids);
		Validation.requireTagExpressions("tags", tags);
		uids = (uids != null) ? List.copyOf(uids) : List.of();
		tags = (tags != null) ? List.copyOf(tags) : List.of();
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

}
