package xyz.pushpad.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;

/**
 * HTTP side of the emulator: applies a queued {@link EmulatorFault}, checks the token, applies strict mode, passes
 * the request to {@link EmulatorApi} and writes its response or error as JSON.
 */
final class EmulatorHttpHandler implements HttpHandler {

	private static final Log logger = LogFactory.getLog(PushpadEmulator.class);

	private final String contextPath;

	private final String authToken;

	private final EmulatorState state;

	private final EmulatorApi api;

	private final JsonMapper jsonMapper;

	private final RequestValidator validator;

	private final EmulatorFaults faults;

	EmulatorHttpHandler(String contextPath, String authToken, EmulatorState state, EmulatorApi api,
			JsonMapper jsonMapper, RequestValidator validator, EmulatorFaults faults) {
		this.contextPath = contextPath;
		this.authToken = authToken;
		this.state = state;
		this.api = api;
		this.jsonMapper = jsonMapper;
		this.validator = validator;
		this.faults = faults;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getRawPath().substring(this.contextPath.length());
		String rawQuery = exchange.getRequestURI().getRawQuery();
		try (exchange) {
			String body = readBody(exchange.getRequestBody());
			EmulatorFault fault = this.faults.take(method, path, this.api.operationName(method, path));
			if (fault != null && !waitFor(fault.responseDelay(), method, path)) {
				return;
			}
			if (fault != null && fault.status() != null && !fault.isAfterProcessing()) {
				writeFault(exchange, fault, method, path);
				return;
			}
			ApiExchange.Response response;
			try {
				response = handle(method, path, rawQuery, body, exchange.getRequestHeaders().getFirst("Authorization"));
			}
			catch (ApiError ex) {
				logger.debug(method + " " + path + " returned " + ex.status() + ": " + ex.getMessage());
				response = error(ex.status(), ex.getMessage());
			}
			catch (RuntimeException ex) {
				logger.error("Pushpad emulator failed on " + method + " " + path, ex);
				response = error(500, "The emulator failed: " + ex);
			}
			if (fault != null && fault.status() != null) {
				writeFault(exchange, fault, method, path);
				return;
			}
			write(exchange, response);
		}
	}

	/**
	 * Sleeps for the delay of a fault. Returns {@code false} when the emulator stops meanwhile, so that the request
	 * is dropped without a response.
	 */
	private static boolean waitFor(Duration delay, String method, String path) {
		if (delay.isZero()) {
			return true;
		}
		logger.debug("Delaying " + method + " " + path + " by " + delay.toMillis() + " ms, as a fault requests");
		try {
			Thread.sleep(delay.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			logger.debug("Dropped " + method + " " + path + " because the emulator stopped during its delay");
			return false;
		}
	}

	private void writeFault(HttpExchange exchange, EmulatorFault fault, String method, String path)
			throws IOException {
		int status = fault.status();
		logger.debug("Answering " + method + " " + path + " with the injected status " + status);
		fault.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
		byte[] body = fault.body();
		if (body == null) {
			HttpStatus reason = HttpStatus.resolve(status);
			String message = "Injected by the Pushpad emulator: " + status
					+ ((reason != null) ? " " + reason.getReasonPhrase() : "");
			write(exchange, new ApiExchange.Response(status, error(status, message).body(), Map.of()));
			return;
		}
		exchange.getResponseHeaders().set("Content-Type", fault.contentType());
		if (exchange.getRequestMethod().equals("HEAD") || body.length == 0) {
			exchange.sendResponseHeaders(status, -1);
			return;
		}
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private ApiExchange.Response handle(String method, String path, @Nullable String rawQuery, @Nullable String body,
			@Nullable String authorization) {
		if (!authorized(authorization)) {
			throw new ApiError(401, (authorization == null)
					? "The Authorization header is missing: send Authorization: Bearer <access token>"
					: "The access token is invalid");
		}
		List<String> violations = this.validator.validate(method, path, rawQuery, body);
		if (!violations.isEmpty()) {
			throw ApiError.badRequest("The request does not match the Pushpad API specification: "
					+ String.join("; ", violations));
		}
		this.state.deliverDue();
		return this.api.handle(method, path, rawQuery, parseJson(body));
	}

	/**
	 * Accepts the current {@code Bearer} scheme and the legacy {@code Token token="..."} scheme that Pushpad still
	 * supports. Compares in constant time.
	 */
	private boolean authorized(@Nullable String authorization) {
		if (authorization == null) {
			return false;
		}
		String token;
		if (authorization.startsWith("Bearer ")) {
			token = authorization.substring("Bearer ".length()).strip();
		}
		else if (authorization.startsWith("Token token=\"") && authorization.endsWith("\"")) {
			token = authorization.substring("Token token=\"".length(), authorization.length() - 1);
		}
		else {
			return false;
		}
		return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
				this.authToken.getBytes(StandardCharsets.UTF_8));
	}

	private @Nullable JsonNode parseJson(@Nullable String body) {
		if (body == null) {
			return null;
		}
		try {
			return this.jsonMapper.readTree(body);
		}
		catch (JacksonException ex) {
			throw ApiError.badRequest("The request body is not valid JSON: " + ex.getOriginalMessage());
		}
	}

	private static @Nullable String readBody(InputStream in) throws IOException {
		byte[] bytes = in.readAllBytes();
		String text = new String(bytes, StandardCharsets.UTF_8);
		return text.isBlank() ? null : text;
	}

	private ApiExchange.Response error(int status, String message) {
		ObjectNode body = this.jsonMapper.createObjectNode();
		body.put("error", message);
		return ApiExchange.Response.of(status, body);
	}

	private void write(HttpExchange exchange, ApiExchange.Response response) throws IOException {
		for (Map.Entry<String, String> header : response.headers().entrySet()) {
			exchange.getResponseHeaders().set(header.getKey(), header.getValue());
		}
		if (response.body() == null || exchange.getRequestMethod().equals("HEAD")) {
			exchange.sendResponseHeaders(response.status(), -1);
			return;
		}
		byte[] bytes = this.jsonMapper.writeValueAsBytes(response.body());
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(response.status(), bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
