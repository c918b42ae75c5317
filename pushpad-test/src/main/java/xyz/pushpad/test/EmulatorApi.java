package xyz.pushpad.test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import xyz.pushpad.client.tag.InvalidTagExpressionException;
import xyz.pushpad.client.tag.TagExpression;
import xyz.pushpad.test.ApiExchange.Response;

/**
 * The 20 operations of the Pushpad REST API: routing, request validation and JSON rendering on top of
 * {@link EmulatorState}.
 */
final class EmulatorApi {

	/**
	 * Page size of the subscriptions list when the request sets no {@code per_page}.
	 */
	static final int DEFAULT_PER_PAGE = 30;

	/**
	 * Page size of the notifications list.
	 */
	// NOTE: Pushpad does not document its page size for notifications; 30 mirrors the subscriptions default.
	static final int NOTIFICATIONS_PER_PAGE = 30;

	static final int MAX_CUSTOM_METRICS = 3;

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final EmulatorState state;

	private final JsonMapper jsonMapper;

	private final List<Route> routes = new ArrayList<>();

	EmulatorApi(EmulatorState state, JsonMapper jsonMapper) {
		this.state = state;
		this.jsonMapper = jsonMapper;
		route("POST", "/projects/(\\d+)/notifications", "notifications.create", this::createNotification);
		route("GET", "/projects/(\\d+)/notifications", "notifications.list", this::listNotifications);
		route("GET", "/notifications/(\\d+)", "notifications.get", this::getNotification);
		route("DELETE", "/notifications/(\\d+)/cancel", "notifications.cancel", this::cancelNotification);
		route("GET", "/projects/(\\d+)/subscriptions", "subscriptions.list", this::listSubscriptions);
		route("HEAD", "/projects/(\\d+)/subscriptions", "subscriptions.count", this::listSubscriptions);
		route("POST", "/projects/(\\d+)/subscriptions", "subscriptions.create", this::createSubscription);
		route("GET", "/projects/(\\d+)/subscriptions/(\\d+)", "subscriptions.get", this::getSubscription);
		route("PATCH", "/projects/(\\d+)/subscriptions/(\\d+)", "subscriptions.update", this::updateSubscription);
		route("DELETE", "/projects/(\\d+)/subscriptions/(\\d+)", "subscriptions.delete", this::deleteSubscription);
		route("GET", "/projects", "projects.list", this::listProjects);
		route("POST", "/projects", "projects.create", this::createProject);
		route("GET", "/projects/(\\d+)", "projects.get", this::getProject);
		route("PATCH", "/projects/(\\d+)", "projects.update", this::updateProject);
		route("DELETE", "/projects/(\\d+)", "projects.delete", this::deleteProject);
		route("GET", "/senders", "senders.list", this::listSenders);
		route("POST", "/senders", "senders.create", this::createSender);
		route("GET", "/senders/(\\d+)", "senders.get", this::getSender);
		route("PATCH", "/senders/(\\d+)", "senders.update", this::updateSender);
		route("DELETE", "/senders/(\\d+)", "senders.delete", this::deleteSender);
	}

	private void route(String method, String pathPattern, String name, Function<ApiExchange, Response> operation) {
		this.routes.add(new Route(method, Pattern.compile(pathPattern), name, operation));
	}

	/**
	 * Returns the names of the 20 operations, as {@code PushpadTemplate} names them in its logs and observations.
	 */
	Set<String> operationNames() {
		Set<String> names = new LinkedHashSet<>();
		this.routes.forEach((route) -> names.add(route.name));
		return names;
	}

	/**
	 * Returns the name of the operation that a request calls, or {@code null} when no route matches.
	 */
	@Nullable String operationName(String method, String path) {
		for (Route route : this.routes) {
			if (route.method.equals(method) && route.path.matcher(path).matches()) {
				return route.name;
			}
		}
		return null;
	}

	/**
	 * Handles a request whose path is relative to the base URL.
	 * @throws ApiError with status 404 for an unknown path and 405 for a method the path does not support
	 */
	Response handle(String method, String path, @Nullable String rawQuery, @Nullable JsonNode body) {
		List<String> allowedMethods = new ArrayList<>();
		for (Route route : this.routes) {
			Matcher matcher = route.path.matcher(path);
			if (!matcher.matches()) {
				continue;
			}
			allowedMethods.add(route.method);
			if (route.method.equals(method)) {
				long[] ids = new long[matcher.groupCount()];
				for (int i = 0; i < ids.length; i++) {
					ids[i] = parseId(matcher.group(i + 1));
				}
				return route.operation.apply(new ApiExchange(method, ids, rawQuery, body));
			}
		}
		if (!allowedMethods.isEmpty()) {
			throw new ApiError(405, "Method " + method + " is not allowed on " + path + ", only "
					+ String.join(", ", allowedMethods));
		}
		throw ApiError.notFound("No such endpoint: " + path);
	}

	private static long parseId(String digits) {
		try {
			return Long.parseLong(digits);
		}
		catch (NumberFormatException ex) {
			throw ApiError.notFound("Id " + digits + " not found: it is out of range");
		}
	}

	// Notifications. Like Pushpad, each operation looks up the resources in its path first, so an unknown id gets 404
	// even when the body is invalid too.

	private Response createNotification(ApiExchange exchange) {
		this.state.project(exchange.pathId(0));
		RequestBody body = exchange.requiredBody();
		RequestBody content = body;
		JsonNode wrapped = body.get("notification");
		if (wrapped != null) {
			// The older documented shape nests the content in "notification" and keeps uids and tags outside it.
			if (!wrapped.isObject()) {
				throw ApiError.unprocessable("notification is invalid: it must be a JSON object");
			}
			content = new RequestBody(wrapped);
		}
		NotificationContent notification = readNotification(content, body);
		EmulatorState.CreatedNotification created = this.state.createNotification(exchange.pathId(0), notification);
		ObjectNode result = this.jsonMapper.createObjectNode();
		result.put("id", created.id());
		if (created.sendAt() != null) {
			result.put("send_at", TIMESTAMP.format(created.sendAt()));
		}
		else {
			result.put("scheduled", created.scheduled());
			if (created.uids() != null) {
				putStrings(result, "uids", created.uids());
			}
		}
		return Response.of(201, result);
	}

	private NotificationContent readNotification(RequestBody content, RequestBody targeting) {
		String text = content.requiredString("body");
		List<String> customMetrics = content.strings("custom_metrics");
		if (customMetrics != null && customMetrics.size() > MAX_CUSTOM_METRICS) {
			throw ApiError.unprocessable("custom_metrics is invalid: a notification can have at most "
					+ MAX_CUSTOM_METRICS + " custom metrics, but " + customMetrics.size() + " were given");
		}
		List<String> tags = targeting.strings("tags");
		return new NotificationContent(text, content.string("title"), content.url("target_url"),
				content.url("icon_url"), content.url("badge_url"), content.url("image_url"),
				content.integer("ttl", 0, Long.MAX_VALUE), content.bool("require_interaction"),
				content.bool("silent"), content.bool("urgent"), content.string("custom_data"), readActions(content),
				content.bool("starred"), readSendAt(content.string("send_at")),
				(customMetrics != null) ? customMetrics : List.of(), targeting.strings("uids"), tags,
				parseTagExpressions(tags));
	}

	private static List<EmulatedNotification.Action> readActions(RequestBody content) {
		List<RequestBody> items = content.objects("actions");
		if (items == null) {
			return List.of();
		}
		List<EmulatedNotification.Action> actions = new ArrayList<>();
		for (RequestBody item : items) {
			String action = item.string("action");
			if (action != null && !action.matches("\\w+")) {
				throw ApiError.unprocessable(
						"actions[].action is invalid: it must contain only word characters, but was \"" + action
								+ "\"");
			}
			actions.add(new EmulatedNotification.Action(item.requiredString("title"), item.url("target_url"),
					item.url("icon"), action));
		}
		return actions;
	}

	/**
	 * Parses {@code send_at} as an ISO-8601 date-time, in UTC unless it carries an offset. Minutes without seconds
	 * are accepted, as older Pushpad libraries send them.
	 */
	static @Nullable Instant readSendAt(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException ex) {
				throw ApiError.unprocessable("send_at is invalid: \"" + value
						+ "\" is not an ISO-8601 date-time such as 2026-07-25T10:09:00.000Z");
			}
		}
	}

	private static @Nullable List<TagExpression> parseTagExpressions(@Nullable List<String> tags) {
		if (tags == null) {
			return null;
		}
		List<TagExpression> expressions = new ArrayList<>();
		for (String tag : tags) {
			try {
				expressions.add(TagExpression.parse(tag));
			}
			catch (InvalidTagExpressionException ex) {
				throw ApiError.unprocessable("tags is invalid: \"" + tag + "\" is not a valid tag expression: "
						+ ex.getProblem() + " at index " + ex.getIndex());
			}
		}
		return expressions;
	}

	private Response listNotifications(ApiExchange exchange) {
		int page = exchange.queryPositiveInt("page", 1);
		List<EmulatedNotification> all = this.state.notifications(exchange.pathId(0));
		return Response.of(200, renderAll(page(all, page, NOTIFICATIONS_PER_PAGE), this::render));
	}

	private Response getNotification(ApiExchange exchange) {
		return Response.of(200, render(this.state.notification(exchange.pathId(0))));
	}

	private Response cancelNotification(ApiExchange exchange) {
		this.state.cancelNotification(exchange.pathId(0));
		return Response.empty(204);
	}

	private ObjectNode render(EmulatedNotification notification) {
		ObjectNode node = this.jsonMapper.createObjectNode();
		node.put("id", notification.id());
		node.put("project_id", notification.projectId());
		node.put("title", notification.title());
		node.put("body", notification.body());
		node.put("target_url", notification.targetUrl());
		node.put("icon_url", notification.iconUrl());
		node.put("badge_url", notification.badgeUrl());
		node.put("image_url", notification.imageUrl());
		node.put("ttl", notification.ttl());
		node.put("require_interaction", notification.requireInteraction());
		node.put("silent", notification.silent());
		node.put("urgent", notification.urgent());
		node.put("custom_data", notification.customData());

		ArrayNode actions = node.putArray("actions");
		for (EmulatedNotification.Action action : notification.actions()) {
			ObjectNode item = actions.addObject();
			item.put("title", action.title());
			item.put("target_url", action.targetUrl());
			item.put("icon", action.icon());
			item.put("action", action.action());
		}

		node.put("starred", notification.starred());
		node.put("send_at", timestamp(notification.sendAt()));
		putStrings(node, "custom_metrics", notification.customMetrics());
		putStrings(node, "uids", notification.uids());
		putStrings(node, "tags", notification.tags());
		node.put("created_at", timestamp(notification.createdAt()));

		node.put("successfully_sent_count", notification.successfullySentCount());
		node.put("opened_count", notification.openedCount());
		// Delivery is instant in the emulator, so no delivery ever waits in a queue.
		node.put("scheduled_count", 0);
		node.put("scheduled", notification.status() == EmulatedNotification.Status.SCHEDULED);
		node.put("cancelled", notification.status() == EmulatedNotification.Status.CANCELLED);
		return node;
	}

	// Subscriptions

	private Response listSubscriptions(ApiExchange exchange) {
		int page = exchange.queryPositiveInt("page", 1);
		int perPage = exchange.queryPositiveInt("per_page", DEFAULT_PER_PAGE);
		List<EmulatedSubscription> matching = this.state.subscriptions(exchange.pathId(0),
				exchange.queryList("uids"), parseTagExpressions(exchange.queryList("tags")));
		Map<String, String> headers = Map.of("X-Total-Count", Integer.toString(matching.size()));
		if (exchange.method().equals("HEAD")) {
			return new Response(200, null, headers);
		}
		return new Response(200, renderAll(page(matching, page, perPage), this::render), headers);
	}

	private Response createSubscription(ApiExchange exchange) {
		this.state.project(exchange.pathId(0));
		RequestBody body = exchange.requiredBody();
		String endpoint = body.requiredString("endpoint");
		if (!RequestBody.isHttpUrl(endpoint)) {
			throw ApiError.unprocessable("endpoint is invalid: it must be the absolute URL of a push service, but was \""
					+ endpoint + "\"");
		}
		EmulatedSubscription subscription = this.state.createSubscription(exchange.pathId(0), endpoint,
				body.string("p256dh"), body.string("auth"), body.string("uid"), readTags(body));
		return Response.of(201, render(subscription));
	}

	private Response getSubscription(ApiExchange exchange) {
		return Response.of(200, render(this.state.subscription(exchange.pathId(0), exchange.pathId(1))));
	}

	private Response updateSubscription(ApiExchange exchange) {
		this.state.subscription(exchange.pathId(0), exchange.pathId(1));
		RequestBody body = exchange.requiredBody();
		boolean uidGiven = body.has("uid");
		String uid = body.string("uid");
		boolean tagsGiven = body.get("tags") != null;
		Set<String> tags = readTags(body);
		EmulatedSubscription subscription = this.state.updateSubscription(exchange.pathId(0), exchange.pathId(1),
				(current) -> current.withUidAndTags(uidGiven ? uid : current.uid(),
						tagsGiven ? tags : current.tags()));
		return Response.of(200, render(subscription));
	}

	private Response deleteSubscription(ApiExchange exchange) {
		this.state.deleteSubscription(exchange.pathId(0), exchange.pathId(1));
		return Response.empty(204);
	}

	private static Set<String> readTags(RequestBody body) {
		List<String> tags = body.strings("tags");
		if (tags == null) {
			return Set.of();
		}
		for (String tag : tags) {
			if (!TagExpression.isValidTag(tag)) {
				throw ApiError.unprocessable("tags is invalid: \"" + tag
						+ "\" is not a valid tag, which may contain only a-z A-Z 0-9 _ - . : @ #");
			}
		}
		return new LinkedHashSet<>(tags);
	}

	private ObjectNode render(EmulatedSubscription subscription) {
		ObjectNode node = this.jsonMapper.createObjectNode();
		node.put("id", subscription.id());
		node.put("project_id", subscription.projectId());
		node.put("endpoint", subscription.endpoint());
		node.put("p256dh", subscription.p256dh());
		node.put("auth", subscription.auth());
		node.put("uid", subscription.uid());
		putStrings(node, "tags", List.copyOf(subscription.tags()));
		node.put("last_click_at", timestamp(subscription.lastClickAt()));
		node.put("created_at", timestamp(subscription.createdAt()));
		return node;
	}

	// Projects

	private Response listProjects(ApiExchange exchange) {
		return Response.of(200, renderAll(this.state.projects(), this::render));
	}

	private Response createProject(ApiExchange exchange) {
		RequestBody body = exchange.requiredBody();
		Long senderId = body.integer("sender_id", 1, Long.MAX_VALUE);
		if (senderId == null) {
			throw ApiError.unprocessable("sender_id is missing: a project needs the id of an existing sender");
		}
		String name = body.requiredString("name");
		String website = body.url("website");
		if (website == null) {
			throw ApiError.unprocessable("website is missing: a project needs the URL of its website");
		}
		String iconUrl = body.url("icon_url");
		String badgeUrl = body.url("badge_url");
		Long ttl = body.integer("notifications_ttl", 0, EmulatedProject.MAX_NOTIFICATIONS_TTL);
		Boolean requireInteraction = body.bool("notifications_require_interaction");
		Boolean silent = body.bool("notifications_silent");
		Instant now = this.state.now();
		EmulatedProject project = this.state.createProject((id) -> new EmulatedProject(id, senderId, name, website,
				iconUrl, badgeUrl, (ttl != null) ? ttl : EmulatedProject.DEFAULT_NOTIFICATIONS_TTL,
				Boolean.TRUE.equals(requireInteraction), Boolean.TRUE.equals(silent), now));
		return Response.of(201, render(project));
	}

	private Response getProject(ApiExchange exchange) {
		return Response.of(200, render(this.state.project(exchange.pathId(0))));
	}

	private Response updateProject(ApiExchange exchange) {
		this.state.project(exchange.pathId(0));
		RequestBody body = exchange.requiredBody();
		if (body.has("sender_id")) {
			throw ApiError.unprocessable("sender_id is read-only: a project keeps the sender it was created with");
		}
		String name = body.has("name") ? body.requiredString("name") : null;
		String website = body.url("website");
		if (body.has("website") && website == null) {
			throw ApiError.unprocessable("website is missing: a project needs the URL of its website");
		}
		String iconUrl = body.url("icon_url");
		String badgeUrl = body.url("badge_url");
		Long ttl = body.integer("notifications_ttl", 0, EmulatedProject.MAX_NOTIFICATIONS_TTL);
		Boolean requireInteraction = body.bool("notifications_require_interaction");
		Boolean silent = body.bool("notifications_silent");
		EmulatedProject project = this.state.updateProject(exchange.pathId(0),
				(current) -> new EmulatedProject(current.id(), current.senderId(),
						(name != null) ? name : current.name(), (website != null) ? website : current.website(),
						body.has("icon_url") ? iconUrl : current.iconUrl(),
						body.has("badge_url") ? badgeUrl : current.badgeUrl(),
						(ttl != null) ? ttl : current.notificationsTtl(),
						(requireInteraction != null) ? requireInteraction : current.notificationsRequireInteraction(),
						(silent != null) ? silent : current.notificationsSilent(), current.createdAt()));
		return Response.of(200, render(project));
	}

	private Response deleteProject(ApiExchange exchange) {
		this.state.deleteProject(exchange.pathId(0));
		return Response.empty(202);
	}

	private ObjectNode render(EmulatedProject project) {
		ObjectNode node = this.jsonMapper.createObjectNode();
		node.put("id", project.id());
		node.put("sender_id", project.senderId());
		node.put("name", project.name());
		node.put("website", project.website());
		node.put("icon_url", project.iconUrl());
		node.put("badge_url", project.badgeUrl());
		node.put("notifications_ttl", project.notificationsTtl());
		node.put("notifications_require_interaction", project.notificationsRequireInteraction());
		node.put("notifications_silent", project.notificationsSilent());
		node.put("created_at", timestamp(project.createdAt()));
		return node;
	}

	// Senders

	private Response listSenders(ApiExchange exchange) {
		return Response.of(200, renderAll(this.state.senders(), this::render));
	}

	private Response createSender(ApiExchange exchange) {
		RequestBody body = exchange.requiredBody();
		String name = body.requiredString("name");
		String privateKey = body.string("vapid_private_key");
		String publicKey = body.string("vapid_public_key");
		VapidKeys keys = null;
		if (privateKey != null || publicKey != null) {
			if (privateKey == null || publicKey == null) {
				throw ApiError.unprocessable("vapid_private_key and vapid_public_key must be given together, or "
						+ "both left out to generate a new key pair");
			}
			if (!VapidKeys.isPrivateKeyPem(privateKey)) {
				throw ApiError.unprocessable(
						"vapid_private_key is invalid: it must be a PEM block starting with -----BEGIN EC PRIVATE KEY-----");
			}
			if (!VapidKeys.isPublicKeyPem(publicKey)) {
				throw ApiError.unprocessable(
						"vapid_public_key is invalid: it must be a PEM block starting with -----BEGIN PUBLIC KEY-----");
			}
			VapidKeys.requireKeyPair(privateKey, publicKey);
			keys = new VapidKeys(privateKey, publicKey);
		}
		return Response.of(201, render(this.state.createSender(name, keys)));
	}

	private Response getSender(ApiExchange exchange) {
		return Response.of(200, render(this.state.sender(exchange.pathId(0))));
	}

	private Response updateSender(ApiExchange exchange) {
		this.state.sender(exchange.pathId(0));
		RequestBody body = exchange.requiredBody();
		if (body.has("vapid_private_key") || body.has("vapid_public_key")) {
			throw ApiError.unprocessable("The VAPID keys of a sender are read-only: create a new sender to change them");
		}
		long id = exchange.pathId(0);
		EmulatedSender sender = body.has("name") ? this.state.renameSender(id, body.requiredString("name"))
				: this.state.sender(id);
		return Response.of(200, render(sender));
	}

	private Response deleteSender(ApiExchange exchange) {
		this.state.deleteSender(exchange.pathId(0));
		return Response.empty(204);
	}

	private ObjectNode render(EmulatedSender sender) {
		ObjectNode node = this.jsonMapper.createObjectNode();
		node.put("id", sender.id());
		node.put("name", sender.name());
		node.put("vapid_private_key", sender.vapidPrivateKey());
		node.put("vapid_public_key", sender.vapidPublicKey());
		node.put("created_at", timestamp(sender.createdAt()));
		return node;
	}

	// Helpers

	private <T> ArrayNode renderAll(List<T> items, Function<T, ObjectNode> renderer) {
		ArrayNode result = this.jsonMapper.createArrayNode();
		items.forEach((item) -> result.add(renderer.apply(item)));
		return result;
	}

	private static <T> List<T> page(List<T> all, int page, int perPage) {
		long from = (long) (page - 1) * perPage;
		if (from >= all.size()) {
			return List.of();
		}
		return all.subList((int) from, (int) Math.min(all.size(), from + perPage));
	}

	private static void putStrings(ObjectNode node, String field, @Nullable List<String> values) {
		if (values == null) {
			node.putNull(field);
			return;
		}
		ArrayNode array = node.putArray(field);
		values.forEach(array::add);
	}

	private static @Nullable String timestamp(@Nullable Instant instant) {
		return (instant != null) ? TIMESTAMP.format(instant) : null;
	}

	private record Route(String method, Pattern path, String name, Function<ApiExchange, Response> operation) {
	}

}
