package xyz.pushpad.benchmarks;

import java.util.List;

import xyz.pushpad.client.subscription.Subscription;

/**
 * One page of subscriptions as the floor and the RestClient benchmark read it.
 * @param subscriptions the subscriptions of the page
 * @param totalCount the value of {@code X-Total-Count}
 */
record SubscriptionPage(List<Subscription> subscriptions, long totalCount) {

}
