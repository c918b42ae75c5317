package xyz.pushpad.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.ResourceAccessException;
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

	/**
	 * Largest {@code Content-Length}, in bytes, for which a response body array is allocated before reading. A
	 * larger or missing length is read in chunks, so a wrong header cannot make the template allocate it at once.
	 */
	private static final int MAX_PREALLOCATED_BODY = 1024 * 1024;

	private static final JsonMapper JSON_MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final int BODY_BUFFER_SIZE = 8192;

	private final RestClient restClient;

	private final String authToken;

	private final String baseUrl;

	private final RequestUris requestUris;

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
		this.requestUris = new RequestUris(baseUrl);
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

	/**
	 * Returns an exchange on the same RestClient that retries with other settings.
	 */
	PushpadExchange withRetrySettings(PushpadRetrySettings settings) {
		return new PushpadExchange(this.restClient, this.authToken, this.baseUrl, this.readTimeout,
				this.retryExecutor.withSettings(settings), this.observationRegistry, this.observationConvention);
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
			spec.header("content-type", MediaType.APPLICATION_JSON_VALUE).body(body);
		}
		AtomicReference<ProtocolException> invalidStatusLine = new AtomicReference<>();
		try {
			T result = spec.exchange((request, response) -> {
				int status = statusCode(response, invalidStatusLine);
				context.setStatusCode(status);
				byte[] responseBody = readBody(response, method, uriTemplate, start);
				if (logger.isDebugEnabled()) {
					logger.debug(operation + ": " + method.name() + " " + request.getURI().getRawPath() + " returned "
							+ status + " in " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
				}
				if (status < 200 || status > 299) {
					throw hideSecret(PushpadApiException.create(status, response.getStatusText(), method,
							request.getURI().getRawPath(), response.getHeaders(), responseBody), this.authToken);
				}
				return responseReader.read(request, response.getHeaders(), responseBody);
			});
			return result;
		}
		catch (RestClientException ex) {
			throw ExchangeFailures.translate(method, uriTemplate, ex);
		}
		catch (IllegalArgumentException ex) {
			// Spring's http.client.requests observation reads the status code again when it stops, and the
			// IllegalArgumentException of that read replaces the exception that reported the invalid status line.
			ProtocolException invalid = invalidStatusLine.get();
			if (invalid == null) {
				throw ex;
			}
			invalid.addSuppressed(ex);
			throw ExchangeFailures.translate(method, uriTemplate,
					new ResourceAccessException("I/O error on " + method.name() + " request: " + invalid.getMessage(),
							invalid));
		}
	}

	/**
	 * Returns the status code of a response. Spring's {@code SimpleClientHttpResponse} reads the code of a status line
	 * that is not HTTP as -1 and then throws {@link IllegalArgumentException}, which is rethrown here as the
	 * {@link ProtocolException} that the JDK {@code HttpClient} throws for the same response, and also stored in
	 * {@code invalidStatusLine}.
	 */
	private static int statusCode(ClientHttpResponse response, AtomicReference<ProtocolException> invalidStatusLine)
			throws IOException {
		try {
			return response.getStatusCode().value();
		}
		catch (IllegalArgumentException ex) {
			ProtocolException invalid = new ProtocolException("Invalid status line: the response is not HTTP");
			invalid.initCause(ex);
			invalidStatusLine.set(invalid);
			throw invalid;
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

	// NOTE: not public API. DefaultRestClient of Spring Framework 7.0.8 takes the uri of its http.client.requests
	// observation from this request attribute when it creates the ClientRequestObservationContext, and sets the
	// attribute itself only when it expands a URI template. If a later version renames it, the uri tag becomes "none"
	// and PushpadTemplateObservationTests fails.
	private static final String URI_TEMPLATE_ATTRIBUTE = RestClient.class.getName() + ".uriTemplate";

	/**
	 * Sets the URI of a request, expanded here rather than by the RestClient (see {@link RequestUris}), and the
	 * template the RestClient records as the {@code uri} of its observation: base path and path template, without
	 * the query, so that the tag has one value per operation.
	 */
	private RestClient.RequestBodySpec uri(RestClient.RequestBodyUriSpec spec, String uriTemplate,
			Object... uriVariables) {
		return spec.uri(this.requestUris.expand(uriTemplate, uriVariables))
			.attribute(URI_TEMPLATE_ATTRIBUTE, this.requestUris.pathTemplate(uriTemplate));
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
	 * Reads the whole response body within the read timeout, counted from the start of the request. Some HTTP clients
	 * apply their read timeout to each read, so a server that keeps sending a byte at a time would otherwise hold the
	 * caller indefinitely; others enforce it by closing the body stream, which surfaces as a plain
	 * {@link IOException}. Both cases are reported as a timeout. A deadline is checked after each read, so the body
	 * read ends at most one read timeout after the deadline. NOTE: with Apache HttpClient 5 and HttpURLConnection the
	 * same per-read timeout governs the response headers, which arrive before this method runs, so a server that
	 * trickles its headers is not bounded here.
	 *
	 * <p>With a {@code Content-Length} up to {@link #MAX_PREALLOCATED_BODY} the buffer is allocated once at that size,
	 * and a one-byte read confirms the end before the buffer would grow, so a body that matches its length is never
	 * copied. The stream is left open because the RestClient closes the response after the exchange.
	 */
	private byte[] readBody(ClientHttpResponse response, HttpMethod method, String uriTemplate, long start)
			throws IOException {
		InputStream body = response.getBody();
		if (body == null || method == HttpMethod.HEAD) {
			return new byte[0];
		}
		long deadline = start + this.readTimeout.toNanos();
		try {
			long contentLength = response.getHeaders().getContentLength();
			boolean lengthKnown = contentLength >= 0 && contentLength <= MAX_PREALLOCATED_BODY;
			byte[] buffer = new byte[lengthKnown ? (int) contentLength : BODY_BUFFER_SIZE];
			int length = 0;
			while (true) {
				if (length == buffer.length) {
					int next = body.read();
					if (next < 0) {
						return buffer;
					}
					buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, BODY_BUFFER_SIZE));
					buffer[length++] = (byte) next;
				}
				int read = body.read(buffer, length, buffer.length - length);
				// NOTE: HttpURLConnection ends the stream without an error when the server closes the connection
				// before Content-Length bytes arrived, so the short body fails later as invalid JSON.
				if (read < 0) {
					return (length == buffer.length) ? buffer : Arrays.copyOf(buffer, length);
				}
				length += read;
				if (System.nanoTime() - deadline > 0) {
					discard(body);
					throw bodyTimeout(method, uriTemplate, start, null);
				}
			}
		}
		catch (PushpadException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// A client that enforces its timeout by closing the stream can make a decompressing stream fail with an
			// unchecked exception, such as the NullPointerException of a closed Inflater.
			discard(body);
			if (System.nanoTime() - deadline >= 0) {
				throw bodyTimeout(method, uriTemplate, start, ex);
			}
			if (ex instanceof IOException io) {
				throw io;
			}
			throw new PushpadClientException(method.name() + " " + ExchangeFailures.stripQuery(uriTemplate)
					+ " failed while reading the response body: " + ex, ex);
		}
	}

	/**
	 * Gives up a body that was not read to its end. The RestClient drains a response body before closing it, so
	 * that the connection can be reused. On an abandoned slow body that drain would wait for the server. On a
	 * decompressing stream closed by the HTTP client's own timeout it fails with an unchecked exception, which would
	 * replace the one the caller should see. Closing or aborting the stream first makes the drain end at once.
	 */
	private static void discard(InputStream body) {
		try {
			HttpComponentsSupport.abort(body);
			body.close();
		}
		catch (IOException | RuntimeException ex) {
			// The stream is already broken, and the caller gets the exception that explains why.
		}
	}

	private static PushpadTimeoutException bodyTimeout(HttpMethod method, String uriTemplate, long start,
			@Nullable Exception cause) {
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		return new PushpadTimeoutException(method.name() + " " + ExchangeFailures.stripQuery(uriTemplate)
				+ " timed out waiting for the response: the body was still incomplete after " + elapsed.toMillis()
				+ " ms; Pushpad may have processed the request", cause, true);
	}

	/**
	 * Returns the exception with every occurrence of the secret in its response body replaced, so that a server that
	 * echoes the auth token or an imported VAPID private key does not put it in messages and logs.
	 */
	static PushpadApiException hideSecret(PushpadApiException ex, @Nullable String secret) {
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

	private <T> T readJson(HttpRequest request, JavaType type, byte[] body, boolean secretBody) {
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
			String content = secretBody ? "[body hidden because it may contain a VAPID private key]"
					: abbreviate(body, this.authToken);
			throw new PushpadClientException("Could not parse the response of " + target + " as JSON "
					+ type.getRawClass().getSimpleName() + ": " + content, ex);
		}
	}

	static JavaType listOf(Class<?> elementType) {
		return JSON_MAPPER.getTypeFactory().constructCollectionType(List.class, elementType);
	}

	/**
	 * Returns the start of a body for a message, with the auth token hidden in case the server echoed it.
	 */
	private static String abbreviate(byte[] body, String authToken) {
		String text = new String(body, StandardCharsets.UTF_8).replace(authToken, "[hidden]").strip();
		return (text.length() > 200) ? text.substring(0, 200) + "... (" + body.length + " bytes)" : text;
	}

	/**
	 * Maps the headers and body of a successful response to the result of an operation.
	 */
	@FunctionalInterface
	interface ResponseReader<T> {

		T read(HttpRequest request, HttpHeaders headers, byte[] body);

	}

	/**
	 * Drops the connection of an Apache HttpClient 5 response whose body is abandoned. Closing its stream instead
	 * would read the rest of the body first, however slowly the server sends it. Only touched when the library is on
	 * the classpath.
	 */
	private static final class HttpComponentsSupport {

		private static final boolean PRESENT = ClassUtils.isPresent("org.apache.hc.core5.http.io.EofSensorInputStream",
				PushpadExchange.class.getClassLoader());

		static void abort(InputStream body) throws IOException {
			if (PRESENT) {
				Aborter.abort(body);
			}
		}

		private static final class Aborter {

			static void abort(InputStream body) throws IOException {
				if (body instanceof EofSensorInputStream stream) {
					stream.abort();
				}
			}

		}

	}

	@Override
	public String toString() {
		return "PushpadExchange[baseUrl=" + PushpadTemplate.maskUserInfo(this.baseUrl) + ", retry=" + this.retryExecutor.getSettings() + "]";
	}

}
