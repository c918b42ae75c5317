package xyz.pushpad.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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

/**
 * HTTP side of the emulator: checks the token, applies strict mode, passes the request to {@link EmulatorApi} and
 * writes its response or error as JSON.
 */
final class EmulatorHttpHandler implements HttpHandler {

	private static final Log logger = LogFactory.getLog(PushpadEmulator.class);

	private final String contextPath;

	private final String authToken;

	private final EmulatorState state;

	private final EmulatorApi api;

	private final JsonMapper jsonMapper;

	private final RequestValidator validator;

	EmulatorHttpHandler(String contextPath, String authToken, EmulatorState state, JsonMapper jsonMapper,
			RequestValidator validator) {
		this.contextPath = contextPath;
		this.authToken = authToken;
		this.state = state;
		this.api = new EmulatorApi(state, jsonMapper);
		this.jsonMapper = jsonMapper;
		this.validator = validator;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getRawPath().substring(this.contextPath.length());
		String rawQuery = exchange.getRequestURI().getRawQuery();
		try (exchange) {
			String body = readBody(exchange.getRequestBody());
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
			write(exchange, response);
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
