package xyz.pushpad.benchmarks;

import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import xyz.pushpad.client.PushpadTemplate;
import xyz.pushpad.client.notification.Notification;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.subscription.Subscription;

/**
 * The floor: the same calls as {@link PushpadTemplate} makes, written directly on one HTTP client with no framework
 * in between. It sends the same headers, reads the body the cheapest way the client offers and parses it with
 * Jackson into the same records, so the gap to the template is the template's own cost.
 */
interface FloorClient {

	/**
	 * Mapper configured as the template's, so both parse the same way.
	 */
	JsonMapper JSON_MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	JavaType SUBSCRIPTION_LIST = JSON_MAPPER.getTypeFactory().constructCollectionType(List.class, Subscription.class);

	String AUTHORIZATION = "Bearer " + Stub.AUTH_TOKEN;

	String TOTAL_COUNT_HEADER = "X-Total-Count";

	/**
	 * Posts a pre-serialized notification and parses the 201 response.
	 */
	NotificationCreateResult createNotification(byte[] json);

	/**
	 * Gets one notification and parses it.
	 */
	Notification getNotification(long notificationId);

	/**
	 * Gets one page of the project's subscriptions, with the total count from {@code X-Total-Count}.
	 */
	SubscriptionPage listSubscriptions(int page, int perPage);

}
