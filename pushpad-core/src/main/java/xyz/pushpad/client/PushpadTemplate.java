package xyz.pushpad.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import xyz.pushpad.client.notification.Notification;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.notification.NotificationRequest;
import xyz.pushpad.client.observation.DefaultPushpadObservationConvention;
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

	private static final JavaType NOTIFICATION_LIST = PushpadExchange.listOf(Notification.class);

	private static final JavaType SUBSCRIPTION_LIST = PushpadExchange.listOf(Subscription.class);

	private static final JavaType PROJECT_LIST = PushpadExchange.listOf(Project.class);

	private static final JavaType SENDER_LIST = PushpadExchange.listOf(Sender.class);

	private static final String TOTAL_COUNT_HEADER = "X-Total-Count";

	private static final String SUBSCRIPTION_URI = "/projects/{projectId}/subscriptions/{subscriptionId}";

	private final PushpadExchange exchange;

	private final @Nullable Long projectId;

	private final Clock clock;

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
			.buildExchange(), projectId, Clock.systemUTC());
	}

	private PushpadTemplate(PushpadExchange exchange, @Nullable Long projectId, Clock clock) {
		this.exchange = exchange;
		this.projectId = projectId;
		this.clock = clock;
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
	 * Returns the base URL requests are sent to. Unlike {@link #toString()}, it keeps any user info of the URL.
	 * @return the base URL
	 */
	public String getBaseUrl() {
		return this.exchange.baseUrl();
	}

	/**
	 * Returns the settings that decide when failed calls are retried.
	 * @return the retry settings
	 */
	public PushpadRetrySettings getRetrySettings() {
		return this.exchange.retrySettings();
	}

	@Override
	public PushpadTemplate forProject(long projectId) {
		return new PushpadTemplate(this.exchange, requirePositive("projectId", projectId), this.clock);
	}

	/**
	 * Returns a view of this template that retries failed calls with the given settings, for example
	 * {@link PushpadRetrySettings#disabled()} for a call whose caller has a deadline of its own. The view shares the
	 * HTTP client, default project, observations and retry listener of this template.
	 * @param retrySettings the settings of the view
	 * @return the view
	 */
	public PushpadTemplate withRetry(PushpadRetrySettings retrySettings) {
		requireNonNull("retrySettings", retrySettings);
		return new PushpadTemplate(this.exchange.withRetrySettings(retrySettings), this.projectId, this.clock);
	}

	@Override
	public NotificationCreateResult createNotification(NotificationRequest request) {
		requireNonNull("request", request);
		Validation.requireScheduleWithinLimit("send_at", request.sendAt(), this.clock.instant());
		long project = requireProjectId();
		return this.exchange.exchange("notifications.create", HttpMethod.POST, "/projects/{projectId}/notifications", request,
				PushpadExchange.type(NotificationCreateResult.class), project);
	}

	@Override
	public Notification getNotification(long notificationId) {
		long id = requirePositive("notificationId", notificationId);
		return this.exchange.exchange("notifications.get", HttpMethod.GET, "/notifications/{notificationId}", null,
				PushpadExchange.type(Notification.class), id);
	}

	@Override
	public List<Notification> listNotifications(int page) {
		long pageNumber = requirePositive("page", page);
		long project = requireProjectId();
		return this.exchange.exchange("notifications.list", HttpMethod.GET, "/projects/{projectId}/notifications?page={page}", null,
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
		this.exchange.exchange("notifications.cancel", HttpMethod.DELETE, "/notifications/{notificationId}/cancel", null, null, id);
	}

	@Override
	public long countSubscriptions(SubscriptionFilter filter) {
		requireNonNull("filter", filter);
		long project = requireProjectId();
		SubscriptionQuery query = SubscriptionQuery.of(project, filter, null, 1);
		return this.exchange.exchangeAndRead("subscriptions.count", HttpMethod.GET, query.uriTemplate(), null,
				(request, headers, body) -> readTotalCount(request, headers), query.uriVariables());
	}

	@Override
	public List<Subscription> listSubscriptions(SubscriptionFilter filter, int page, int perPage) {
		requireNonNull("filter", filter);
		long pageNumber = requirePositive("page", page);
		long pageSize = requirePositive("perPage", perPage);
		long project = requireProjectId();
		SubscriptionQuery query = SubscriptionQuery.of(project, filter, pageNumber, pageSize);
		return this.exchange.exchange("subscriptions.list", HttpMethod.GET, query.uriTemplate(), null, SUBSCRIPTION_LIST,
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
		return this.exchange.exchange("subscriptions.get", HttpMethod.GET, SUBSCRIPTION_URI, null,
				PushpadExchange.type(Subscription.class), project, id);
	}

	@Override
	public Subscription createSubscription(SubscriptionCreateRequest request) {
		requireNonNull("request", request);
		long project = requireProjectId();
		return this.exchange.exchange("subscriptions.create", HttpMethod.POST, "/projects/{projectId}/subscriptions", request,
				PushpadExchange.type(Subscription.class), project);
	}

	@Override
	public Subscription updateSubscription(long subscriptionId, SubscriptionUpdateRequest request) {
		long id = requirePositive("subscriptionId", subscriptionId);
		requireNonNull("request", request);
		long project = requireProjectId();
		return this.exchange.exchange("subscriptions.update", HttpMethod.PATCH, SUBSCRIPTION_URI, request,
				PushpadExchange.type(Subscription.class), project, id);
	}

	@Override
	public void deleteSubscription(long subscriptionId) {
		long id = requirePositive("subscriptionId", subscriptionId);
		long project = requireProjectId();
		this.exchange.exchange("subscriptions.delete", HttpMethod.DELETE, SUBSCRIPTION_URI, null, null, project, id);
	}

	@Override
	public List<Project> listProjects() {
		return this.exchange.exchange("projects.list", HttpMethod.GET, "/projects", null, PROJECT_LIST);
	}

	@Override
	public Project createProject(ProjectCreateRequest request) {
		requireNonNull("request", request);
		return this.exchange.exchange("projects.create", HttpMethod.POST, "/projects", request,
				PushpadExchange.type(Project.class));
	}

	@Override
	public Project getProject(long projectId) {
		long id = requirePositive("projectId", projectId);
		return this.exchange.exchange("projects.get", HttpMethod.GET, "/projects/{projectId}", null,
				PushpadExchange.type(Project.class), id);
	}

	@Override
	public Project updateProject(long projectId, ProjectUpdateRequest request) {
		long id = requirePositive("projectId", projectId);
		requireNonNull("request", request);
		return this.exchange.exchange("projects.update", HttpMethod.PATCH, "/projects/{projectId}", request,
				PushpadExchange.type(Project.class), id);
	}

	@Override
	public void deleteProject(long projectId) {
		long id = requirePositive("projectId", projectId);
		this.exchange.exchange("projects.delete", HttpMethod.DELETE, "/projects/{projectId}", null, null, id);
	}

	@Override
	public List<Sender> listSenders() {
		return this.exchange.exchange("senders.list", HttpMethod.GET, "/senders", null, SENDER_LIST);
	}

	@Override
	public Sender createSender(SenderCreateRequest request) {
		requireNonNull("request", request);
		try {
			return this.exchange.exchange("senders.create", HttpMethod.POST, "/senders", request,
					PushpadExchange.type(Sender.class));
		}
		catch (PushpadApiException ex) {
			throw PushpadExchange.hideSecret(ex, request.vapidPrivateKey());
		}
	}

	@Override
	public Sender getSender(long senderId) {
		long id = requirePositive("senderId", senderId);
		return this.exchange.exchange("senders.get", HttpMethod.GET, "/senders/{senderId}", null,
				PushpadExchange.type(Sender.class), id);
	}

	@Override
	public Sender updateSender(long senderId, String name) {
		long id = requirePositive("senderId", senderId);
		Validation.requireNotBlank("name", name, "a sender needs a name");
		return this.exchange.exchange("senders.update", HttpMethod.PATCH, "/senders/{senderId}", Map.of("name", name),
				PushpadExchange.type(Sender.class), id);
	}

	@Override
	public void deleteSender(long senderId) {
		long id = requirePositive("senderId", senderId);
		this.exchange.exchange("senders.delete", HttpMethod.DELETE, "/senders/{senderId}", null, null, id);
	}

	@Override
	public String signatureFor(String uid) {
		Validation.requireNotBlank("uid", uid, "sign the uid that your application gives the user");
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.exchange.authToken().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(uid.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available in this JVM", ex);
		}
	}

	@Override
	public String toString() {
		return "PushpadTemplate[baseUrl=" + maskUserInfo(this.exchange.baseUrl()) + ", projectId=" + this.projectId
				+ "]";
	}

	/**
	 * Returns the URL with its user info, such as {@code user:password} in {@code http://user:password@host/path},
	 * replaced by {@code ******}, so that credentials in a base URL stay out of logs and messages. Works on text that
	 * is not a valid URI too.
	 */
	static String maskUserInfo(String url) {
		int authorityStart = url.indexOf("://");
		if (authorityStart < 0) {
			return url;
		}
		authorityStart += 3;
		int authorityEnd = url.length();
		for (int i = authorityStart; i < url.length(); i++) {
			char c = url.charAt(i);
			if (c == '/' || c == '?' || c == '#') {
				authorityEnd = i;
				break;
			}
		}
		int at = url.lastIndexOf('@', authorityEnd - 1);
		if (at < authorityStart) {
			return url;
		}
		return url.substring(0, authorityStart) + "******" + url.substring(at);
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

	private long requireProjectId() {
		if (this.projectId == null) {
			throw new PushpadValidationException("projectId", null,
					"this operation needs a project id: set a default one (pushpad.project-id in Spring Boot, "
							+ "projectId(...) on the builder) or call forProject(id)");
		}
		return this.projectId;
	}

	private static long requirePositive(String field, long value) {
		return Validation.requirePositive(field, value);
	}

	private static void requireNonNull(String field, @Nullable Object value) {
		Validation.requireNonNull(field, value);
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

		private PushpadRetrySettings retrySettings = PushpadRetrySettings.defaults();

		private @Nullable PushpadRetryListener retryListener;

		private Clock clock = Clock.systemUTC();

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
		 * RestClient builder is given; defaults to {@link PushpadTemplate#DEFAULT_READ_TIMEOUT}. The template also uses
		 * it to report a response body that the HTTP client aborted at its read timeout as a timeout, so set it to the
		 * read timeout of a request factory you supply.
		 * @param readTimeout the read timeout
		 * @return this builder
		 */
		public Builder readTimeout(Duration readTimeout) {
			this.readTimeout = readTimeout;
			return this;
		}

		/**
		 * Sets when and how failed calls are retried; defaults to {@link PushpadRetrySettings#defaults()}. Whatever the
		 * settings, a notification is created again only when the first request cannot have reached Pushpad.
		 * @param retrySettings the retry settings, or {@link PushpadRetrySettings#disabled()} to never retry
		 * @return this builder
		 */
		public Builder retry(PushpadRetrySettings retrySettings) {
			this.retrySettings = retrySettings;
			return this;
		}

		/**
		 * Sets a callback invoked before each retry, for example to count retries in a metric.
		 * @param retryListener the callback, or {@code null} for none
		 * @return this builder
		 */
		public Builder retryListener(@Nullable PushpadRetryListener retryListener) {
			this.retryListener = retryListener;
			return this;
		}

		/**
		 * Sets the clock that decides what "now" is when the template checks that a notification's {@code send_at}
		 * is at most 5 days ahead; defaults to {@link Clock#systemUTC()}. In tests against an emulator whose clock is
		 * not the system clock, pass the emulator's clock.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Adds a callback that changes the {@link RestClient.Builder} after the template has set its base URL and
		 * headers, for example to add an interceptor. The template expands request URIs itself against
		 * {@link #baseUrl(String)}, so a base URL, default URI variables or {@code UriBuilderFactory} set here are
		 * not used.
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
			requireNonNull("clock", this.clock);
			return new PushpadTemplate(buildExchange(), this.projectId, this.clock);
		}

		private PushpadExchange buildExchange() {
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
			// HTTP header names are case-insensitive. Spring's HttpHeaders lower-cases a name on every copy and lookup,
			// and that allocates nothing for a name that is lower-case already, which saves 1 to 2 KB per call.
			builder.baseUrl(base)
				.defaultHeader("authorization", "Bearer " + token)
				.defaultHeader("accept", MediaType.APPLICATION_JSON_VALUE)
				.defaultHeader("user-agent", USER_AGENT);
			this.restClientCustomizers.forEach((customizer) -> customizer.accept(builder));
			if (this.retrySettings == null) {
				throw new PushpadValidationException("retry", null, "must not be null; use PushpadRetrySettings.disabled() "
						+ "to turn retries off");
			}
			return new PushpadExchange(builder.build(), token, base, this.readTimeout,
					new RetryExecutor(this.retrySettings, this.retryListener), this.observationRegistry,
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
			int offset = (token != null) ? token.indexOf(stripped) : 0;
			for (int i = 0; i < stripped.length(); i++) {
				char c = stripped.charAt(i);
				if (c <= ' ' || c >= 0x7f) {
					throw PushpadValidationException.hiddenValue("authToken",
							"the auth token contains whitespace or a non-ASCII character at index " + (offset + i)
									+ "; copy it again from Pushpad");
				}
			}
			return stripped;
		}

		private static String validBaseUrl(@Nullable String baseUrl) {
			String stripped = (baseUrl != null) ? baseUrl.strip() : "";
			if (!isBaseUrl(stripped)) {
				throw new PushpadValidationException("baseUrl", (baseUrl != null) ? maskUserInfo(baseUrl) : null,
						"must be an absolute http(s) URL with a host and no query, such as " + DEFAULT_BASE_URL);
			}
			return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
		}

		/**
		 * Returns whether request paths can be appended to the URL: http or https in any case, a host, and neither
		 * query nor fragment.
		 */
		private static boolean isBaseUrl(String url) {
			try {
				URI uri = new URI(url);
				String scheme = uri.getScheme();
				return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null
						&& uri.getRawQuery() == null && uri.getRawFragment() == null;
			}
			catch (URISyntaxException ex) {
				return false;
			}
		}

	}

}
