package xyz.pushpad.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import xyz.pushpad.client.notification.Notification;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.notification.NotificationRequest;
import xyz.pushpad.client.observation.DefaultPushpadObservationConvention;
import xyz.pushpad.client.observation.PushpadObservationContext;
import xyz.pushpad.client.observation.PushpadObservationConvention;
import xyz.pushpad.client.observation.PushpadObservationDocumentation;
import xyz.pushpad.client.project.Project;
import xyz.pushpad.client.project.ProjectCreateRequest;
import xyz.pushpad.client.project.ProjectUpdateRequest;
import xyz.pushpad.client.sender.Sender;
import xyz.pushpad.client.sender.SenderCreateRequest;
import xyz.pushpad.client.subscription.Subscription;
import xyz.pushpad.client.subscription.SubscriptionCreateRequest;
import xyz.pushpad.client.subscription.SubscriptionFilter;
import xyz.pushpad.client.subscription.SubscriptionUpdateRequest;

/**
 * Default implementation of {@link PushpadOperations}, built on Spring's {@link RestClient}.
 *
 * <p>A template is thread-safe once built: configure one per auth token and share it. Create it with
 * {@link #builder()} or, in a Spring Boot application, inject the one the starter configures. It sends
 * {@code Authorization: Bearer <token>}, {@code Accept: application/json}, JSON bodies in UTF-8 and a
 * {@code User-Agent} naming this library. Request and response bodies are written and read with a JSON mapper of its
 * own, so the application's Jackson settings cannot change what goes over the wire.
 *
 * <p>Each call is logged at debug level under the category {@code xyz.pushpad.client.PushpadTemplate}, without the
 * auth token. Responses of the sender endpoints contain VAPID private keys, so they are never quoted in exception
 * messages, and a key that a create request imports is hidden in the body of the error it causes.
 *
 * <p>With an {@link Builder#observationRegistry(ObservationRegistry) ObservationRegistry}, each call runs inside an
 * observation named {@value DefaultPushpadObservationConvention#DEFAULT_NAME}, described by
 * {@link PushpadObservationDocumentation#CLIENT_OPERATION}.
 */
public class PushpadTemplate implements PushpadOperations {

	/**
	 * Base URL of the Pushpad REST API.
	 */
	public static final String DEFAULT_BASE_URL = "https://pushpad.xyz/api/v1";

	/**
	 * Connect timeout used when the template creates its own HTTP client.
	 */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

	/**
	 * Read timeout used when the template creates its own HTTP client.
	 */
	public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

	/**
	 * {@code User-Agent} header value sent with every request.
	 */
	public static final String USER_AGENT = "pushpad-spring/" + readVersion();

	private static final Log logger = LogFactory.getLog(PushpadTemplate.class);

	private static final JsonMapper JSON_MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final JavaType NOTIFICATION_LIST = listOf(Notification.class);

	private static final JavaType SUBSCRIPTION_LIST = listOf(Subscription.class);

	private static final JavaType PROJECT_LIST = listOf(Project.class);

	private static final JavaType SENDER_LIST = listOf(Sender.class);

	private static final String TOTAL_COUNT_HEADER = "X-Total-Count";

	private static final String SUBSCRIPTION_URI = "/projects/{projectId}/subscriptions/{subscriptionId}";

	private final Connection connection;

	private final @Nullable Long projectId;

	/**
	 * Creates a template on a copy of the given {@link RestClient.Builder}; the builder itself is not changed.
	 * @param restClientBuilder the builder that supplies the HTTP client, message converters and interceptors
	 * @param authToken the Pushpad access token
	 * @param projectId the default project id, or {@code null} to require {@link #forProject(long)} for project
	 * operations
	 * @param baseUrl the base URL of the API, usually {@link #DEFAULT_BASE_URL}
	 */
	public PushpadTemplate(RestClient.Builder restClientBuilder, String authToken, @Nullable Long projectId,
			String baseUrl) {
		this(builder().restClientBuilder(restClientBuilder)
			.authToken(authToken)
			.projectId(projectId)
			.baseUrl(baseUrl)
			.buildConnection(), projectId);
	}

	private PushpadTemplate(Connection connection, @Nullable Long projectId) {
		this.connection = connection;
		this.projectId = projectId;
	}

	/**
	 * Starts a builder of a template.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns the default project id, if one is set.
	 * @return the project id, or {@code null}
	 */
	public @Nullable Long getProjectId() {
		return this.projectId;
	}

	/**
	 * Returns the base URL requests are sent to.
	 * @return the base URL
	 */
	public String getBaseUrl() {
		return this.connection.baseUrl;
	}

	@Override
	public PushpadTemplate forProject(long projectId) {
		return new PushpadTemplate(this.connection, requirePositive("projectId", projectId));
	}

	@Override
	public NotificationCreateResult createNotification(NotificationRequest request) {
		requireNonNull("request", request);
		long project = requireProjectId();
		return exchange("notifications.create", HttpMethod.POST, "/projects/{projectId}/notifications", request,
				JSON_MAPPER.constructType(NotificationCreateResult.class), project);
	}

	@Override
	public Notification getNotification(long notificationId) {
		long id = requirePositive("notificationId", notificationId);
		return exchange("notifications.get", HttpMethod.GET, "/notifications/{notificationId}", null,
				JSON_MAPPER.constructType(Notification.class), id);
	}

	@Override
	public List<Notification> listNotifications(int page) {
		long pageNumber = requirePositive("page", page);
		long project = requireProjectId();
		return exchange("notifications.list", HttpMethod.GET, "/projects/{projectId}/notifications?page={page}", null,
				NOTIFICATION_LIST, project, pageNumber);
	}

	@Override
	public Stream<Notification> streamNotifications() {
		requireProjectId();
		return PageIterator.stream(this::listNotifications, 0);
	}

	@Override
	public void cancelNotification(long notificationId) {
		long id = requirePositive("notificationId", notificationId);
		exchange("notifications.cancel", HttpMethod.DELETE, "/notifications/{notificationId}/cancel", null, null, id);
	}

	@Override
	public long countSubscriptions(SubscriptionFilter filter) {
		requireNonNull("filter", filter);
		long project = requireProjectId();
		SubscriptionQuery query = SubscriptionQuery.of(project, filter, null, 1);
		return exchangeAndRead("subscriptions.count", HttpMethod.GET, query.uriTemplate(), null,
				(request, headers, body) -> readTotalCount(request, headers), query.uriVariables());
	}

	@Override
	public List<Subscription> listSubscriptions(SubscriptionFilter filter, int page, int perPage) {
		requireNonNull("filter", filter);
		long pageNumber = requirePositive("page", page);
		long pageSize = requirePositive("perPage", perPage);
		long project = requireProjectId();
		SubscriptionQuery query = SubscriptionQuery.of(project, filter, pageNumber, pageSize);
		return exchange("subscriptions.list", HttpMethod.GET, query.uriTemplate(), null, SUBSCRIPTION_LIST,
				query.uriVariables());
	}

	@Override
	public Stream<Subscription> streamSubscriptions(SubscriptionFilter filter, int perPage) {
		requireNonNull("filter", filter);
		requirePositive("perPage", perPage);
		requireProjectId();
		return PageIterator.stream((page) -> listSubscriptions(filter, page, perPage), perPage);
	}

	@Override
	public Subscription getSubscription(long subscriptionId) {
		long id = requirePositive("subscriptionId", subscriptionId);
		long project = requireProjectId();
		return exchange("subscriptions.get", HttpMethod.GET, SUBSCRIPTION_URI, null,
				JSON_MAPPER.constructType(Subscription.class), project, id);
	}

	@Override
	public Subscription createSubscription(SubscriptionCreateRequest request) {
		requireNonNull("request", request);
		long project = requireProjectId();
		return exchange("subscriptions.create", HttpMethod.POST, "/projects/{projectId}/subscriptions", request,
				JSON_MAPPER.constructType(Subscription.class), project);
	}

	@Override
	public Subscription updateSubscription(long subscriptionId, SubscriptionUpdateRequest request) {
		long id = requirePositive("subscriptionId", subscriptionId);
		requireNonNull("request", request);
		long project = requireProjectId();
		return exchange("subscriptions.update", HttpMethod.PATCH, SUBSCRIPTION_URI, request,
				JSON_MAPPER.constructType(Subscription.class), project, id);
	}

	@Override
	public void deleteSubscription(long subscriptionId) {
		long id = requirePositive("subscriptionId", subscriptionId);
		long project = requireProjectId();
		exchange("subscriptions.delete", HttpMethod.DELETE, SUBSCRIPTION_URI, null, null, project, id);
	}

	@Override
	public List<Project> listProjects() {
		return exchange("projects.list", HttpMethod.GET, "/projects", null, PROJECT_LIST);
	}

	@Override
	public Project createProject(ProjectCreateRequest request) {
		requireNonNull("request", request);
		return exchange("projects.create", HttpMethod.POST, "/projects", request,
				JSON_MAPPER.constructType(Project.class));
	}

	@Override
	public Project getProject(long projectId) {
		long id = requirePositive("projectId", projectId);
		return exchange("projects.get", HttpMethod.GET, "/projects/{projectId}", null,
				JSON_MAPPER.constructType(Project.class), id);
	}

	@Override
	public Project updateProject(long projectId, ProjectUpdateRequest request) {
		long id = requirePositive("projectId", projectId);
		requireNonNull("request", request);
		return exchange("projects.update", HttpMethod.PATCH, "/projects/{projectId}", request,
				JSON_MAPPER.constructType(Project.class), id);
	}

	@Override
	public void deleteProject(long projectId) {
		long id = requirePositive("projectId", projectId);
		exchange("projects.delete", HttpMethod.DELETE, "/projects/{projectId}", null, null, id);
	}

	@Override
	public List<Sender> listSenders() {
		return exchange("senders.list", HttpMethod.GET, "/senders", null, SENDER_LIST);
	}

	@Override
	public Sender createSender(SenderCreateRequest request) {
		requireNonNull("request", request);
		try {
			return exchange("senders.create", HttpMethod.POST, "/senders", request,
					JSON_MAPPER.constructType(Sender.class));
		}
		catch (PushpadApiException ex) {
			throw hideSecret(ex, request.vapidPrivateKey());
		}
	}

	@Override
	public Sender getSender(long senderId) {
		long id = requirePositive("senderId", senderId);
		return exchange("senders.get", HttpMethod.GET, "/senders/{senderId}", null,
				JSON_MAPPER.constructType(Sender.class), id);
	}

	@Override
	public Sender updateSender(long senderId, String name) {
		long id = requirePositive("senderId", senderId);
		if (name == null || name.isBlank()) {
			throw new PushpadValidationException("name", name, "a sender needs a non-blank name");
		}
		return exchange("senders.update", HttpMethod.PATCH, "/senders/{senderId}", Map.of("name", name),
				JSON_MAPPER.constructType(Sender.class), id);
	}

	@Override
	public void deleteSender(long senderId) {
		long id = requirePositive("senderId", senderId);
		exchange("senders.delete", HttpMethod.DELETE, "/senders/{senderId}", null, null, id);
	}

	@Override
	public String signatureFor(String uid) {
		requireNonNull("uid", uid);
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.connection.authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(uid.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available in this JVM", ex);
		}
	}

	@Override
	public String toString() {
		return "PushpadTemplate[baseUrl=" + this.connection.baseUrl + ", projectId=" + this.projectId + "]";
	}

	/**
	 * Sends one request and maps its response body. A body of {@code null} sends no body; a response type of
	 * {@code null} ignores the response body.
	 */
	@SuppressWarnings("NullAway")
	private <T> T exchange(String operation, HttpMethod method, String uriTemplate, @Nullable Object body,
			@Nullable JavaType responseType, Object... uriVariables) {
		boolean secretBody = operation.startsWith("senders.");
		return exchangeAndRead(operation, method, uriTemplate, body, (request, headers, responseBody) ->
				(responseType != null) ? readJson(request, responseType, responseBody, secretBody) : null,
				uriVariables);
	}

	/**
	 * Sends one request inside an observation and maps a successful response with the given reader. A body of
	 * {@code null} sends no body.
	 */
	private <T> T exchangeAndRead(String operation, HttpMethod method, String uriTemplate, @Nullable Object body,
			ResponseReader<T> responseReader, Object... uriVariables) {
		PushpadObservationContext context = new PushpadObservationContext(operation,
				observedProjectId(uriTemplate, uriVariables));
		return PushpadObservationDocumentation.CLIENT_OPERATION
			.observation(this.connection.observationConvention, DefaultPushpadObservationConvention.INSTANCE,
					() -> context, this.connection.observationRegistry)
			.observe(() -> send(context, method, uriTemplate, body, responseReader, uriVariables));
	}

	@SuppressWarnings("NullAway")
	private <T> T send(PushpadObservationContext context, HttpMethod method, String uriTemplate,
			@Nullable Object body, ResponseReader<T> responseReader, Object... uriVariables) {
		String operation = context.getOperation();
		long start = System.nanoTime();
		RestClient.RequestBodySpec spec = uri(this.connection.restClient.method(method), uriTemplate, uriVariables);
		if (body != null) {
			spec.contentType(MediaType.APPLICATION_JSON).body(writeJson(operation, body));
		}
		try {
			T result = spec.exchange((request, response) -> {
				int status = response.getStatusCode().value();
				context.setStatusCode(status);
				byte[] responseBody = readBody(response.getBody());
				if (logger.isDebugEnabled()) {
					logger.debug(operation + ": " + method.name() + " " + request.getURI().getRawPath() + " returned "
							+ status + " in " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
				}
				if (status < 200 || status > 299) {
					throw PushpadApiException.create(status, response.getStatusText(), method,
							request.getURI().getRawPath(), response.getHeaders(), responseBody);
				}
				return responseReader.read(request, response.getHeaders(), responseBody);
			});
			return result;
		}
		catch (RestClientException ex) {
			throw translate(method, uriTemplate, ex);
		}
	}

	/**
	 * Returns the project a request acts on. Every template that names a project starts with
	 * {@code /projects/{projectId}}, so its first variable is the project id.
	 */
	private static @Nullable Long observedProjectId(String uriTemplate, Object... uriVariables) {
		if (uriTemplate.startsWith("/projects/{projectId}") && uriVariables.length > 0
				&& uriVariables[0] instanceof Long projectId) {
			return projectId;
		}
		return null;
	}

	/**
	 * Sets the URI of a request. The RestClient records the template it receives as the {@code uri} of its
	 * {@code http.client.requests} observation, so a query part is passed separately to keep that value free of query
	 * strings.
	 */
	private static RestClient.RequestBodySpec uri(RestClient.RequestBodyUriSpec spec, String uriTemplate,
			Object... uriVariables) {
		int query = uriTemplate.indexOf('?');
		if (query < 0) {
			return spec.uri(uriTemplate, uriVariables);
		}
		String path = uriTemplate.substring(0, query);
		String queryTemplate = uriTemplate.substring(query + 1);
		return spec.uri(path, (builder) -> builder.query(queryTemplate).build(uriVariables));
	}

	private byte[] writeJson(String operation, Object body) {
		try {
			return JSON_MAPPER.writeValueAsBytes(body);
		}
		catch (JacksonException ex) {
			throw new PushpadClientException("Could not write the request body of " + operation + " as JSON", ex);
		}
	}

	private static byte[] readBody(@Nullable InputStream body) throws IOException {
		if (body == null) {
			return new byte[0];
		}
		try (body) {
			return body.readAllBytes();
		}
	}

	private static <T> T readJson(HttpRequest request, JavaType type, byte[] body, boolean secretBody) {
		String target = request.getMethod().name() + " " + request.getURI().getRawPath();
		if (body.length == 0) {
			throw new PushpadClientException(
					target + " returned an empty body where a JSON " + type.getRawClass().getSimpleName()
							+ " was expected",
					null);
		}
		try {
			return JSON_MAPPER.readValue(body, type);
		}
		catch (JacksonException ex) {
			String content = secretBody ? "[body hidden because it may contain a VAPID private key]" : abbreviate(body);
			throw new PushpadClientException("Could not parse the response of " + target + " as JSON "
					+ type.getRawClass().getSimpleName() + ": " + content, ex);
		}
	}

	private static long readTotalCount(HttpRequest request, HttpHeaders headers) {
		String target = request.getMethod().name() + " " + request.getURI().getRawPath();
		String value = headers.getFirst(TOTAL_COUNT_HEADER);
		if (value == null) {
			throw new PushpadClientException(target + " returned no " + TOTAL_COUNT_HEADER + " header", null);
		}
		try {
			long count = Long.parseLong(value.strip());
			if (count < 0) {
				throw new NumberFormatException("negative count");
			}
			return count;
		}
		catch (NumberFormatException ex) {
			throw new PushpadClientException(
					target + " returned an invalid " + TOTAL_COUNT_HEADER + " header \"" + value + "\"", ex);
		}
	}

	/**
	 * Returns the exception with every occurrence of the secret in its response body replaced, so that a server that
	 * echoes an imported VAPID private key does not put it in logs.
	 */
	private static PushpadApiException hideSecret(PushpadApiException ex, @Nullable String secret) {
		String body = ex.getResponseBodyAsString();
		if (secret == null || secret.isEmpty() || !body.contains(secret)) {
			return ex;
		}
		byte[] hiddenBody = body.replace(secret, "[hidden]").getBytes(StandardCharsets.UTF_8);
		PushpadApiException hidden = PushpadApiException.create(ex.getStatusCode(), ex.getReason(), ex.getMethod(),
				ex.getPath(), ex.getResponseHeaders(), hiddenBody);
		hidden.setStackTrace(ex.getStackTrace());
		return hidden;
	}

	private static JavaType listOf(Class<?> elementType) {
		return JSON_MAPPER.getTypeFactory().constructCollectionType(List.class, elementType);
	}

	private static String abbreviate(byte[] body) {
		String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).strip();
		return (body.length > 200) ? text + "... (" + body.length + " bytes)" : text;
	}

	private static PushpadClientException translate(HttpMethod method, String uriTemplate, RestClientException ex) {
		String target = method.name() + " " + stripQuery(uriTemplate);
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PushpadException pushpad) {
				throw pushpad;
			}
			if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
				return new PushpadTimeoutException(target + " timed out: " + cause.getMessage(), ex);
			}
		}
		Throwable root = ex.getMostSpecificCause();
		return new PushpadClientException(
				target + " failed: " + root.getClass().getSimpleName() + ": " + root.getMessage(), ex);
	}

	private static String stripQuery(String uriTemplate) {
		int query = uriTemplate.indexOf('?');
		return (query >= 0) ? uriTemplate.substring(0, query) : uriTemplate;
	}

	private long requireProjectId() {
		if (this.projectId == null) {
			throw new PushpadValidationException("projectId", null,
					"this operation needs a project id: set a default one (pushpad.project-id in Spring Boot, "
							+ "projectId(...) on the builder) or call forProject(id)");
		}
		return this.projectId;
	}

	private static long requirePositive(String field, long value) {
		if (value <= 0) {
			throw new PushpadValidationException(field, value, "must be a positive number");
		}
		return value;
	}

	private static void requireNonNull(String field, @Nullable Object value) {
		if (value == null) {
			throw new PushpadValidationException(field, null, "must not be null");
		}
	}

	private static String readVersion() {
		Properties properties = new Properties();
		try (InputStream in = PushpadTemplate.class.getResourceAsStream("pushpad-client.properties")) {
			if (in != null) {
				properties.load(in);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties.getProperty("version", "unknown");
	}

	/**
	 * Maps the headers and body of a successful response to the result of an operation.
	 */
	@FunctionalInterface
	private interface ResponseReader<T> {

		T read(HttpRequest request, HttpHeaders headers, byte[] body);

	}

	/**
	 * URI template and variables of a subscription list or count. Every filter value is a URI variable, so that
	 * Spring percent-encodes all of its reserved characters and the server receives it exactly as given.
	 */
	private record SubscriptionQuery(String uriTemplate, Object[] uriVariables) {

		static SubscriptionQuery of(long projectId, SubscriptionFilter filter, @Nullable Long page, long perPage) {
			StringBuilder uri = new StringBuilder("/projects/{projectId}/subscriptions?");
			List<Object> variables = new ArrayList<>();
			variables.add(projectId);
			if (page != null) {
				uri.append("page={page}&");
				variables.add(page);
			}
			uri.append("per_page={perPage}");
			variables.add(perPage);
			for (int i = 0; i < filter.uids().size(); i++) {
				uri.append("&uids[]={uid").append(i).append('}');
				variables.add(filter.uids().get(i));
			}
			for (int i = 0; i < filter.tags().size(); i++) {
				uri.append("&tags[]={tag").append(i).append('}');
				variables.add(filter.tags().get(i));
			}
			return new SubscriptionQuery(uri.toString(), variables.toArray());
		}

	}

	/**
	 * What views made by {@link #forProject(long)} share with the template they come from.
	 */
	private record Connection(RestClient restClient, String authToken, String baseUrl,
			ObservationRegistry observationRegistry, @Nullable PushpadObservationConvention observationConvention) {

		@Override
		public String toString() {
			return "Connection[baseUrl=" + this.baseUrl + "]";
		}

	}

	/**
	 * Builder of {@link PushpadTemplate}. Not thread-safe.
	 */
	public static final class Builder {

		private RestClient.@Nullable Builder restClientBuilder;

		private @Nullable ClientHttpRequestFactory requestFactory;

		private @Nullable String authToken;

		private @Nullable Long projectId;

		private String baseUrl = DEFAULT_BASE_URL;

		private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;

		private Duration readTimeout = DEFAULT_READ_TIMEOUT;

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private @Nullable PushpadObservationConvention observationConvention;

		private final List<Consumer<RestClient.Builder>> restClientCustomizers = new ArrayList<>();

		private Builder() {
		}

		/**
		 * Sets the builder to copy for the {@link RestClient}; the given builder is not changed. Without one, a
		 * plain {@link RestClient#builder()} is used.
		 * @param restClientBuilder the builder to copy
		 * @return this builder
		 */
		public Builder restClientBuilder(RestClient.Builder restClientBuilder) {
			this.restClientBuilder = restClientBuilder;
			return this;
		}

		/**
		 * Sets the request factory, which chooses the HTTP client and its timeouts. Without one, and without a
		 * {@link #restClientBuilder(RestClient.Builder) RestClient builder}, the template uses the JDK
		 * {@link HttpClient} with the {@link #connectTimeout(Duration) connect} and
		 * {@link #readTimeout(Duration) read} timeouts.
		 * @param requestFactory the request factory
		 * @return this builder
		 */
		public Builder requestFactory(ClientHttpRequestFactory requestFactory) {
			this.requestFactory = requestFactory;
			return this;
		}

		/**
		 * Sets the Pushpad access token; surrounding whitespace is removed.
		 * @param authToken the access token
		 * @return this builder
		 */
		public Builder authToken(String authToken) {
			this.authToken = authToken;
			return this;
		}

		/**
		 * Sets the default project id.
		 * @param projectId the project id, or {@code null} for none
		 * @return this builder
		 */
		public Builder projectId(@Nullable Long projectId) {
			this.projectId = projectId;
			return this;
		}

		/**
		 * Sets the base URL of the API; defaults to {@link PushpadTemplate#DEFAULT_BASE_URL}.
		 * @param baseUrl absolute http(s) URL
		 * @return this builder
		 */
		public Builder baseUrl(String baseUrl) {
			this.baseUrl = baseUrl;
			return this;
		}

		/**
		 * Sets the connect timeout of the HTTP client the template creates when neither a request factory nor a
		 * RestClient builder is given; defaults to {@link PushpadTemplate#DEFAULT_CONNECT_TIMEOUT}.
		 * @param connectTimeout the connect timeout
		 * @return this builder
		 */
		public Builder connectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
			return this;
		}

		/**
		 * Sets the read timeout of the HTTP client the template creates when neither a request factory nor a
		 * RestClient builder is given; defaults to {@link PushpadTemplate#DEFAULT_READ_TIMEOUT}.
		 * @param readTimeout the read timeout
		 * @return this builder
		 */
		public Builder readTimeout(Duration readTimeout) {
			this.readTimeout = readTimeout;
			return this;
		}

		/**
		 * Adds a callback that changes the {@link RestClient.Builder} after the template has set its base URL and
		 * headers, for example to add an interceptor.
		 * @param customizer the callback
		 * @return this builder
		 */
		public Builder restClientCustomizer(Consumer<RestClient.Builder> customizer) {
			this.restClientCustomizers.add(customizer);
			return this;
		}

		/**
		 * Sets the registry that observes every operation. The default is {@link ObservationRegistry#NOOP}. The
		 * {@link RestClient}'s own {@code http.client.requests} observation is configured separately, on the
		 * RestClient builder.
		 * @param observationRegistry the registry
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			this.observationRegistry = observationRegistry;
			return this;
		}

		/**
		 * Sets the convention that names the observations and their key values. The default is
		 * {@link DefaultPushpadObservationConvention}.
		 * @param observationConvention the convention, or {@code null} for the default
		 * @return this builder
		 */
		public Builder observationConvention(@Nullable PushpadObservationConvention observationConvention) {
			this.observationConvention = observationConvention;
			return this;
		}

		/**
		 * Builds the template.
		 * @return the template
		 * @throws PushpadValidationException if the token is missing or the base URL or a timeout is invalid
		 */
		public PushpadTemplate build() {
			return new PushpadTemplate(buildConnection(), this.projectId);
		}

		private Connection buildConnection() {
			String token = validToken(this.authToken);
			String base = validBaseUrl(this.baseUrl);
			if (this.projectId != null) {
				requirePositive("projectId", this.projectId);
			}
			RestClient.Builder builder = (this.restClientBuilder != null) ? this.restClientBuilder.clone()
					: RestClient.builder();
			if (this.requestFactory != null) {
				builder.requestFactory(this.requestFactory);
			}
			else if (this.restClientBuilder == null) {
				builder.requestFactory(defaultRequestFactory());
			}
			builder.baseUrl(base)
				.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
				.defaultHeader(HttpHeaders.USER_AGENT, USER_AGENT);
			this.restClientCustomizers.forEach((customizer) -> customizer.accept(builder));
			return new Connection(builder.build(), token, base, this.observationRegistry,
					this.observationConvention);
		}

		private ClientHttpRequestFactory defaultRequestFactory() {
			requireTimeout("connectTimeout", this.connectTimeout);
			requireTimeout("readTimeout", this.readTimeout);
			HttpClient httpClient = HttpClient.newBuilder().connectTimeout(this.connectTimeout).build();
			JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient);
			factory.setReadTimeout(this.readTimeout);
			return factory;
		}

		private static void requireTimeout(String field, @Nullable Duration timeout) {
			if (timeout == null || timeout.isNegative() || timeout.isZero()) {
				throw new PushpadValidationException(field, timeout, "must be a positive duration");
			}
		}

		private static String validToken(@Nullable String token) {
			String stripped = (token != null) ? token.strip() : "";
			if (stripped.isEmpty()) {
				throw PushpadValidationException.hiddenValue("authToken",
						"an auth token is required: create one in Pushpad under Account settings > Access tokens");
			}
			for (int i = 0; i < stripped.length(); i++) {
				char c = stripped.charAt(i);
				if (c <= ' ' || c >= 0x7f) {
					throw PushpadValidationException.hiddenValue("authToken",
							"the auth token contains whitespace or a non-ASCII character at index " + i
									+ "; copy it again from Pushpad");
				}
			}
			return stripped;
		}

		private static String validBaseUrl(@Nullable String baseUrl) {
			String stripped = (baseUrl != null) ? baseUrl.strip() : "";
			if (!stripped.startsWith("http://") && !stripped.startsWith("https://")) {
				throw new PushpadValidationException("baseUrl", baseUrl,
						"must be an absolute http(s) URL such as " + DEFAULT_BASE_URL);
			}
			return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
		}

	}

}
