package xyz.pushpad.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import xyz.pushpad.client.PushpadTemplate;

/**
 * In-memory Pushpad: an HTTP server on 127.0.0.1 that implements the 20 operations of the Pushpad REST API with
 * their status codes, errors and targeting rules, for local runs and tests.
 *
 * <p>It starts with one sender and one project ({@link #defaultProjectId()}) and no subscriptions. Requests must
 * carry {@code Authorization: Bearer} with {@link #authToken()}. Notifications are delivered at once to the
 * subscriptions they target, or at their {@code send_at} as the {@link #clock()} reaches it. Seed data and assert on
 * what was sent through {@link #subscriptions()}, {@link #projects()} and {@link #notifications()}, and make
 * requests fail or slow down with {@link #faults()}.
 *
 * <p>In strict mode, the default, a request that does not match the Pushpad OpenAPI specification gets status 400
 * with the mismatch in the error message, so a client bug fails the test instead of passing against a lenient
 * server. The check, made with {@code OpenApiContract} of {@code pushpad-contract}, runs before the validation that
 * Pushpad itself does, so a request that lacks a required field gets 400 rather than Pushpad's 422. Turn strict mode
 * off to test how an application handles those 422 errors.
 *
 * <pre class="code">
 * try (PushpadEmulator emulator = PushpadEmulator.start()) {
 *     emulator.subscriptions().add("user-1", "sports");
 *     PushpadTemplate pushpad = emulator.templateBuilder().build();
 *     // ...
 * }
 * </pre>
 *
 * Thread-safe. Each emulator logs its start and stop at info level under {@code xyz.pushpad.test.PushpadEmulator}.
 */
public final class PushpadEmulator implements AutoCloseable {

	/**
	 * Path of the API below the server root, as in the real base URL.
	 */
	public static final String API_PATH = "/api/v1";

	/**
	 * Access token the emulator accepts unless another one is configured.
	 */
	public static final String DEFAULT_AUTH_TOKEN = "emulator-token";

	private static final Log logger = LogFactory.getLog(PushpadEmulator.class);

	private static final AtomicInteger threadCounter = new AtomicInteger();

	static {
		// The JDK server writes headers and body in separate packets and, with Nagle's algorithm on, waits about
		// 40 ms for each delayed ACK. The server reads this property once, when the first server of the JVM starts,
		// so it also applies to other JDK servers started later in the same JVM unless the property is already set.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	private final HttpServer server;

	private final ExecutorService executor;

	private final String authToken;

	private final boolean strict;

	private final EmulatorClock clock;

	private final EmulatorState state;

	private final EmulatorFaults faults;

	private PushpadEmulator(Builder builder) {
		this.authToken = builder.authToken;
		this.strict = builder.strict;
		this.clock = builder.clock;
		this.state = new EmulatorState(this.clock);
		this.clock.addListener(this.state::deliverDue);
		RequestValidator validator = !this.strict ? RequestValidator.NONE
				: (builder.validator != null) ? builder.validator : ContractValidators.openApi();
		JsonMapper jsonMapper = JsonMapper.builder().build();
		EmulatorApi api = new EmulatorApi(this.state, jsonMapper);
		this.faults = new EmulatorFaults(api.operationNames());
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), builder.port), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the Pushpad emulator on 127.0.0.1 port " + builder.port
					+ ": " + ex.getMessage(), ex);
		}
		this.executor = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "pushpad-emulator-" + threadCounter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.server.setExecutor(this.executor);
		this.server.createContext(API_PATH,
				new EmulatorHttpHandler(API_PATH, this.authToken, this.state, api, jsonMapper, validator, this.faults));
		this.server.start();
		logger.info("Pushpad emulator started at " + baseUrl() + " (strict " + (this.strict ? "on" : "off")
				+ ", default project " + defaultProjectId() + ")");
	}

	/**
	 * Starts an emulator with the defaults: a free port, {@link #DEFAULT_AUTH_TOKEN}, the system clock, strict mode.
	 * @return the running emulator
	 */
	public static PushpadEmulator start() {
		return builder().start();
	}

	/**
	 * Starts a builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns the base URL of the API, such as {@code http://127.0.0.1:40123/api/v1}.
	 * @return the base URL, without a trailing slash
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + port() + API_PATH;
	}

	/**
	 * Returns the port the emulator listens on.
	 * @return the port
	 */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/**
	 * Returns the access token requests must carry.
	 * @return the token
	 */
	public String authToken() {
		return this.authToken;
	}

	/**
	 * Returns the id of the project that exists from the start and after each {@link #reset()}.
	 * @return the project id
	 */
	public long defaultProjectId() {
		return this.state.defaultProjectId();
	}

	/**
	 * Returns whether requests are checked against the Pushpad OpenAPI specification.
	 * @return {@code true} in strict mode
	 */
	public boolean isStrict() {
		return this.strict;
	}

	/**
	 * Returns the clock that decides when scheduled notifications are due.
	 * @return the clock
	 */
	public EmulatorClock clock() {
		return this.clock;
	}

	/**
	 * Starts a builder of a template that talks to this emulator: its base URL, its token, its default project and
	 * its clock, so that the template checks {@code send_at} against the emulator's time. Set other options, such as
	 * timeouts or retries, on the returned builder.
	 * @return a new template builder
	 */
	public PushpadTemplate.Builder templateBuilder() {
		return PushpadTemplate.builder()
			.baseUrl(baseUrl())
			.authToken(this.authToken)
			.projectId(defaultProjectId())
			.clock(this.clock);
	}

	/**
	 * Returns the view to seed and inspect subscriptions.
	 * @return the subscriptions view
	 */
	public EmulatorSubscriptions subscriptions() {
		return new EmulatorSubscriptions(this.state);
	}

	/**
	 * Returns the view to seed and inspect projects and senders.
	 * @return the projects view
	 */
	public EmulatorProjects projects() {
		return new EmulatorProjects(this.state);
	}

	/**
	 * Returns the view to inspect notifications and mark them opened.
	 * @return the notifications view
	 */
	public EmulatorNotifications notifications() {
		return new EmulatorNotifications(this.state);
	}

	/**
	 * Returns the faults queued for the next requests, to test how an application handles errors, rate limits and
	 * slow responses.
	 * @return the faults, the same object on every call
	 */
	public EmulatorFaults faults() {
		return this.faults;
	}

	/**
	 * Drops every subscription, notification, project and sender, creates the default sender and project again,
	 * removes the queued faults and sets the clock back to where it started. Ids start over, and the port and token
	 * stay the same.
	 */
	public void reset() {
		this.faults.clear();
		this.clock.reset();
		this.state.reset();
	}

	/**
	 * Stops the server at once. Requests in progress are cut off.
	 */
	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
		logger.info("Pushpad emulator at " + baseUrl() + " stopped");
	}

	@Override
	public String toString() {
		return "PushpadEmulator[baseUrl=" + baseUrl() + ", strict=" + this.strict + "]";
	}

	/**
	 * Runs the emulator until the process is stopped. Options: {@code --port N} (default 0, a free port),
	 * {@code --token T} (default {@value #DEFAULT_AUTH_TOKEN}) and {@code --lenient} to turn strict mode off.
	 * @param args the command-line arguments
	 * @throws InterruptedException if the main thread is interrupted while it waits
	 */
	public static void main(String[] args) throws InterruptedException {
		Builder builder = builder();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--port" -> builder.port(parsePort(requireValue(args, ++i, "--port")));
				case "--token" -> builder.authToken(requireValue(args, ++i, "--token"));
				case "--lenient" -> builder.strict(false);
				case "--help" -> {
					System.out.println("Usage: PushpadEmulator [--port N] [--token T] [--lenient]");
					System.out.println("  --port N    TCP port on 127.0.0.1, 0 for a free one (default 0)");
					System.out.println("  --token T   access token clients must send (default " + DEFAULT_AUTH_TOKEN + ")");
					System.out.println("  --lenient   accept requests that do not match the Pushpad OpenAPI spec");
					return;
				}
				default -> throw new IllegalArgumentException(
						"Unknown option " + args[i] + ": use --port N, --token T, --lenient or --help");
			}
		}
		PushpadEmulator emulator = builder.start();
		Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "pushpad-emulator-shutdown"));
		System.out.println("Pushpad emulator listening at " + emulator.baseUrl());
		System.out.println("Auth token: " + emulator.authToken() + ", project id: " + emulator.defaultProjectId());
		Thread.currentThread().join();
	}

	private static int parsePort(String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Invalid --port \"" + value + "\": use a number from 0 to 65535", ex);
		}
	}

	private static String requireValue(String[] args, int index, String option) {
		if (index >= args.length) {
			throw new IllegalArgumentException("Option " + option + " needs a value");
		}
		return args[index];
	}

	/**
	 * Builder of {@link PushpadEmulator}.
	 */
	public static final class Builder {

		private String authToken = DEFAULT_AUTH_TOKEN;

		private int port;

		private EmulatorClock clock = EmulatorClock.system();

		private boolean strict = true;

		private @Nullable RequestValidator validator;

		private Builder() {
		}

		/**
		 * Sets the access token requests must carry; defaults to {@link PushpadEmulator#DEFAULT_AUTH_TOKEN}.
		 * @param authToken the token, not blank
		 * @return this builder
		 */
		public Builder authToken(String authToken) {
			Objects.requireNonNull(authToken, "'authToken' must not be null");
			if (authToken.isBlank()) {
				throw new IllegalArgumentException("'authToken' must not be blank");
			}
			this.authToken = authToken;
			return this;
		}

		/**
		 * Sets the TCP port on 127.0.0.1; defaults to 0, which picks a free port.
		 * @param port the port, 0 to 65535
		 * @return this builder
		 */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("'port' must be between 0 and 65535, but was " + port);
			}
			this.port = port;
			return this;
		}

		/**
		 * Sets the clock; defaults to {@link EmulatorClock#system()}.
		 * @param clock the clock, for example {@link EmulatorClock#fixed(java.time.Instant)}
		 * @return this builder
		 */
		public Builder clock(EmulatorClock clock) {
			this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
			return this;
		}

		/**
		 * Sets whether requests are checked against the Pushpad OpenAPI specification; defaults to {@code true}.
		 * @param strict whether strict mode is on
		 * @return this builder
		 */
		public Builder strict(boolean strict) {
			this.strict = strict;
			return this;
		}

		/**
		 * Replaces the specification check of strict mode, for tests of the emulator itself.
		 */
		Builder requestValidator(RequestValidator validator) {
			this.validator = validator;
			return this;
		}

		/**
		 * Starts the emulator.
		 * @return the running emulator
		 * @throws UncheckedIOException if the port cannot be bound
		 */
		public PushpadEmulator start() {
			return new PushpadEmulator(this);
		}

	}

}
