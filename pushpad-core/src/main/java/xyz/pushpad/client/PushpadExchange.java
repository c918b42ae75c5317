package xyz.pushpad.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.micrometer.observation.Observation;
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
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import xyz.pushpad.client.observation.DefaultPushpadObservationConvention;
import xyz.pushpad.client.observation.PushpadObservationContext;
import xyz.pushpad.client.observation.PushpadObservationConvention;
import xyz.pushpad.client.observation.PushpadObservationDocumentation;

/**
 * Sends the requests of {@link PushpadTemplate} and maps their responses: JSON writing and reading, status mapping,
 * retries and observations. Views made by {@link PushpadTemplate#forProject(long)} share one instance, which is
 * thread-safe.
 */
final class PushpadExchange {

	private static final Log logger = LogFactory.getLog(PushpadTemplate.class);

	private static final JsonMapper JSON_MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final RestClient restClient;

	private final String authToken;

	private final String baseUrl;

	private final Duration readTimeout;

	private final RetryExecutor retryExecutor;

	private final ObservationRegistry observationRegistry;

	private final @Nullable PushpadObservationConvention observationConvention;

	PushpadExchange(RestClient restClient, String authToken, String baseUrl, Duration readTimeout,
			RetryExecutor retryExecutor, ObservationRegistry observationRegistry,
			@Nullable PushpadObservationConvention observationConvention) {
		this.restClient = restClient;
		this.authToken = authToken;
		this.baseUrl = baseUrl;
		this.readTimeout = readTimeout;
		this.retryExecutor = retryExecutor;
		this.observationRegistry = observationRegistry;
		this.observationConvention = observationConvention;
	}

	String authToken() {
		return this.authToken;
	}

	String baseUrl() {
		return this.baseUrl;
	}

	PushpadRetrySettings retrySettings() {
		return this.retryExecutor.getSettings();
	}

	static JavaType type(Class<?> type) {
		return JSON_MAPPER.constructType(type);
	}

	/**
	 * Sends one request and maps its response body. A body of {@code null} sends no body; a response type of
	 * {@code null} ignores the response body.
	 */
	<T> T exchange(String operation, HttpMethod method, String uriTemplate, @Nullable Object body,
			@Nullable JavaType responseType, Object... uriVariables) {
		boolean secretBody = operation.startsWith("senders.");
		return exchangeAndRead(operation, method, uriTemplate, body, (request, headers, responseBody) ->
				(responseType != null) ? readJson(request, responseType, responseBody, secretBody) : null,
				uriVariables);
	}

	/**
	 * Sends one request inside an observation, with retries where the {@linkplain RetryExecutor retry rules} allow,
	 * and maps a successful response with the given reader. A body of {@code null} sends no body. Requests other than
	 * POST are treated as idempotent: GET, HEAD and DELETE by definition, and PATCH because Pushpad's updates set the
	 * given fields to the given values. One observation covers all attempts and records each retry as an event.
	 */
	<T> T exchangeAndRead(String operation, HttpMethod method, String uriTemplate, @Nullable Object body,
			ResponseReader<T> responseReader, Object... uriVariables) {
		byte[] json = (body != null) ? writeJson(operation, body) : null;
		boolean idempotent = !HttpMethod.POST.equals(method);
		PushpadObservationContext context = new PushpadObservationContext(operation,
				observedProjectId(uriTemplate, uriVariables));
		Observation observation = PushpadObservationDocumentation.CLIENT_OPERATION.observation(
				this.observationConvention, DefaultPushpadObservationConvention.INSTANCE, () -> context,
				this.observationRegistry);
		return observation.observe(() -> this.retryExecutor.execute(operation, idempotent, (attempt) -> {
			context.setRetryCount(attempt - 1);
			observation.event(PushpadObservationDocumentation.Events.RETRY);
		}, () -> exchangeOnce(context, method, uriTemplate, json, responseReader, uriVariables)));
	}

	@SuppressWarnings("NullAway")
	private <T> T exchangeOnce(PushpadObservationContext context, HttpMethod method, String uriTemplate,
			byte @Nullable [] body, ResponseReader<T> responseReader, Object... uriVariables) {
		String operation = context.getOperation();
		long start = System.nanoTime();
		RestClient.RequestBodySpec spec = uri(this.restClient.method(method), uriTemplate, uriVariables);
		if (body != null) {
			spec.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		try {
			T result = spec.exchange((request, response) -> {
				int status = response.getStatusCode().value();
				context.setStatusCode(status);
				byte[] responseBody = readBody(response.getBody(), method, uriTemplate, start);
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
			throw ExchangeFailures.translate(method, uriTemplate, ex);
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

	/**
	 * Reads the whole response body. Some HTTP clients enforce the read timeout by closing the body stream, which
	 * surfaces as a plain {@link IOException}; a failure after the read timeout has elapsed is therefore reported as a
	 * timeout.
	 */
	private byte[] readBody(@Nullable InputStream body, HttpMethod method, String uriTemplate, long start)
			throws IOException {
		if (body == null) {
			return new byte[0];
		}
		try (body) {
			return body.readAllBytes();
		}
		catch (IOException ex) {
			Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
			if (elapsed.compareTo(this.readTimeout) >= 0) {
				throw new PushpadTimeoutException(method.name() + " " + ExchangeFailures.stripQuery(uriTemplate)
						+ " timed out waiting for the response: the body was still incomplete after "
						+ elapsed.toMillis() + " ms; Pushpad may have processed the request", ex, true);
			}
			throw ex;
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

	static JavaType listOf(Class<?> elementType) {
		return JSON_MAPPER.getTypeFactory().constructCollectionType(List.class, elementType);
	}

	private static String abbreviate(byte[] body) {
		String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).strip();
		return (body.length > 200) ? text + "... (" + body.length + " bytes)" : text;
	}

	/**
	 * Maps the headers and body of a successful response to the result of an operation.
	 */
	@FunctionalInterface
	interface ResponseReader<T> {

		T read(HttpRequest request, HttpHeaders headers, byte[] body);

	}

	@Override
	public String toString() {
		return "PushpadExchange[baseUrl=" + this.baseUrl + ", retry=" + this.retryExecutor.getSettings() + "]";
	}

}
