package xyz.pushpad.boot.health;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.Assert;

import xyz.pushpad.client.PushpadApiException;
import xyz.pushpad.client.PushpadClientException;
import xyz.pushpad.client.PushpadOperations;
import xyz.pushpad.client.PushpadTimeoutException;
import xyz.pushpad.client.PushpadValidationException;

/**
 * {@link HealthIndicator} for Pushpad. It reports UP when Pushpad accepts the auth token and finds the default
 * project, DOWN with the reason and the fix when it does not, and UNKNOWN when no default project is set.
 *
 * <p>The probe counts the default project's subscriptions, a read-only call for one subscription per page that needs
 * both a valid token and an existing project. It runs on a thread of its own, and a health check waits for it at most for the
 * configured timeout, so a slow Pushpad cannot block the health endpoint for longer. At most one probe is in flight,
 * and its result is reused for the configured time to live, so frequent health checks do not multiply the calls to
 * Pushpad. Details never contain the auth token or a response body.
 */
public class PushpadHealthIndicator implements HealthIndicator, DisposableBean {

	private static final Log logger = LogFactory.getLog(PushpadHealthIndicator.class);

	private final PushpadOperations operations;

	private final Duration timeout;

	private final Duration cacheTimeToLive;

	private final LongSupplier nanoClock;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "pushpad-health");
		thread.setDaemon(true);
		return thread;
	});

	private final Object lock = new Object();

	private @Nullable CachedHealth cached;

	private @Nullable CompletableFuture<Health> probe;

	/**
	 * Creates an indicator.
	 * @param operations the operations to probe, bound to the default project
	 * @param timeout the maximum time a health check waits for the probe
	 * @param cacheTimeToLive how long a result is reused, where zero probes on every check
	 */
	public PushpadHealthIndicator(PushpadOperations operations, Duration timeout, Duration cacheTimeToLive) {
		this(operations, timeout, cacheTimeToLive, System::nanoTime);
	}

	PushpadHealthIndicator(PushpadOperations operations, Duration timeout, Duration cacheTimeToLive,
			LongSupplier nanoClock) {
		Assert.notNull(operations, "'operations' must not be null");
		Assert.isTrue(!timeout.isNegative() && !timeout.isZero(), "'timeout' must be positive");
		Assert.isTrue(!cacheTimeToLive.isNegative(), "'cacheTimeToLive' must not be negative");
		this.operations = operations;
		this.timeout = timeout;
		this.cacheTimeToLive = cacheTimeToLive;
		this.nanoClock = nanoClock;
	}

	@Override
	public Health health() {
		CompletableFuture<Health> current;
		synchronized (this.lock) {
			if (this.cached != null && this.cached.isValidAt(this.nanoClock.getAsLong())) {
				return this.cached.health();
			}
			current = this.probe;
			if (current == null) {
				// A probe that is already done runs probeCompleted on this thread and clears this.probe at once,
				// so the local variable keeps the future to wait for.
				current = CompletableFuture.supplyAsync(this::probe, this.executor);
				this.probe = current;
				current.whenComplete(this::probeCompleted);
			}
		}
		try {
			return current.get(this.timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			Health health = down("Pushpad did not answer within " + this.timeout.toMillis()
					+ " ms: check network access to Pushpad, or raise pushpad.health.timeout")
				.build();
			logger.warn("Pushpad health check timed out after " + this.timeout.toMillis() + " ms");
			cache(health);
			return health;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.unknown().withDetail("error", "Health check interrupted").build();
		}
		catch (ExecutionException ex) {
			return down("Health check failed: " + ex.getCause().getClass().getName()).build();
		}
	}

	/**
	 * Caches the result of a finished probe. A probe that outlived the health check's timeout replaces the DOWN result
	 * cached for that timeout.
	 */
	private void probeCompleted(@Nullable Health health, @Nullable Throwable failure) {
		Health result = (health != null) ? health
				: down("Health check failed: " + ((failure != null) ? failure.getClass().getName() : "no result"))
					.build();
		synchronized (this.lock) {
			cache(result);
			this.probe = null;
		}
	}

	/**
	 * Caches a result without touching the probe in flight, which stays the one that later checks wait for.
	 */
	private void cache(Health health) {
		synchronized (this.lock) {
			this.cached = new CachedHealth(health, this.nanoClock.getAsLong() + this.cacheTimeToLive.toNanos());
		}
	}

	private Health probe() {
		try {
			this.operations.countSubscriptions();
			return Health.up().build();
		}
		catch (RuntimeException ex) {
			Health health = failed(ex);
			if (health.getStatus().equals(Status.DOWN)) {
				logger.warn("Pushpad health check failed: " + health.getDetails().get("error"));
				if (logger.isDebugEnabled()) {
					logger.debug("Pushpad health check failure", ex);
				}
			}
			return health;
		}
	}

	private static Health failed(RuntimeException ex) {
		if (ex instanceof PushpadValidationException validation && "projectId".equals(validation.getField())) {
			return Health.unknown()
				.withDetail("error", "No default project is set, so Pushpad cannot be probed: set pushpad.project-id")
				.build();
		}
		if (ex instanceof PushpadApiException api) {
			return down(apiErrorMessage(api.getStatusCode())).withDetail("status", api.getStatusCode()).build();
		}
		if (ex instanceof PushpadTimeoutException) {
			return down("Pushpad did not answer within pushpad.read-timeout: check network access to Pushpad")
				.withDetail("exception", ex.getClass().getSimpleName())
				.build();
		}
		if (ex instanceof PushpadClientException client) {
			Throwable root = ex;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			String error = client.mayHaveReachedServer()
					? "The connection to Pushpad broke or its response was not valid: check that pushpad.base-url is "
							+ "the Pushpad API and that no proxy in between cuts the connection"
					: "Pushpad is unreachable: check pushpad.base-url and network access to it";
			return down(error).withDetail("exception", root.getClass().getName()).build();
		}
		return down("Health check failed: " + ex.getClass().getName()).build();
	}

	private static String apiErrorMessage(int status) {
		return switch (status) {
			case 401 -> "Pushpad rejected the auth token (401 Unauthorized): set pushpad.auth-token to a valid "
					+ "access token from Account settings, Access tokens";
			case 403 -> "The auth token has no access to the project (403 Forbidden): use a token with access to "
					+ "the project set in pushpad.project-id";
			case 404 -> "Project not found (404 Not Found): check pushpad.project-id";
			case 429 -> "Pushpad rate limit exceeded (429 Too Many Requests): raise pushpad.health.cache-time-to-live "
					+ "if health checks add to the load";
			default -> (status >= 500) ? "Pushpad failed with status " + status + ": retry later"
					: "Pushpad rejected the request with status " + status;
		};
	}

	private static Health.Builder down(String error) {
		return Health.down().withDetail("error", error);
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	private record CachedHealth(Health health, long expiresAtNanos) {

		boolean isValidAt(long nanos) {
			return nanos - this.expiresAtNanos < 0;
		}

	}

}
