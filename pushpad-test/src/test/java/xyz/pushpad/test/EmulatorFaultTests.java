package xyz.pushpad.test;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import xyz.pushpad.client.PushpadForbiddenException;
import xyz.pushpad.client.PushpadPaymentRequiredException;
import xyz.pushpad.client.PushpadRateLimitException;
import xyz.pushpad.client.PushpadRetrySettings;
import xyz.pushpad.client.PushpadServerException;
import xyz.pushpad.client.PushpadTemplate;
import xyz.pushpad.client.PushpadTimeoutException;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.notification.NotificationRequest;
import xyz.pushpad.client.subscription.SubscriptionFilter;
import xyz.pushpad.test.junit.PushpadEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Faults injected with {@link EmulatorFaults}, observed through {@link PushpadTemplate}: each status maps to its
 * exception, and the template retries exactly where its retry rules allow.
 */
@Timeout(30)
class EmulatorFaultTests {

	private static final Duration READ_TIMEOUT = Duration.ofMillis(500);

	@RegisterExtension
	static final PushpadEmulatorExtension emulatorExtension = PushpadEmulatorExtension.using(PushpadEmulator::builder);

	private PushpadEmulator emulator;

	/**
	 * Template that never retries, to observe each fault on its own.
	 */
	private PushpadTemplate withoutRetries;

	/**
	 * Template with the default retry rules and short delays.
	 */
	private PushpadTemplate withRetries;

	@BeforeEach
	void createTemplates() {
		this.emulator = emulatorExtension.emulator();
		this.withoutRetries = template(PushpadRetrySettings.disabled());
		this.withRetries = template(PushpadRetrySettings.defaults()
			.withInitialDelay(Duration.ofMillis(10))
			.withMaxDelay(Duration.ofMillis(50)));
	}

	private PushpadTemplate template(PushpadRetrySettings retry) {
		return PushpadTemplate.builder()
			.baseUrl(this.emulator.baseUrl())
			.authToken(this.emulator.authToken())
			.projectId(this.emulator.defaultProjectId())
			.readTimeout(READ_TIMEOUT)
			.retry(retry)
			.build();
	}

	@Test
	void paymentRequiredOnCreate() {
		this.emulator.faults().failNext("notifications.create", 402);

		PushpadPaymentRequiredException ex = assertThatExceptionOfType(PushpadPaymentRequiredException.class)
			.isThrownBy(() -> this.withRetries.sendNotification(NotificationRequest.of("Hello")))
			.actual();

		assertThat(ex.getStatusCode()).isEqualTo(402);
		assertThat(ex.getResponseBodyAsString())
			.isEqualTo("{\"error\":\"Injected by the Pushpad emulator: 402 Payment Required\"}");
		assertThat(this.emulator.notifications().all()).isEmpty();
		assertThat(this.emulator.faults().applied()).isEqualTo(1);
	}

	@Test
	void forbiddenOnPathTarget() {
		this.emulator.faults().failNext("GET /projects/*/subscriptions", 403);

		assertThatExceptionOfType(PushpadForbiddenException.class)
			.isThrownBy(() -> this.withRetries.listSubscriptions(SubscriptionFilter.all(), 1));
		assertThat(this.withoutRetries.listSubscriptions(SubscriptionFilter.all(), 1)).isEmpty();
	}

	@Test
	void rateLimitOnCreateIsRetriedAfterRetryAfter() {
		this.emulator.faults()
			.inject("notifications.create", 1, EmulatorFault.status(429).withRetryAfter(Duration.ofSeconds(1)));
		long start = System.nanoTime();

		NotificationCreateResult result = this.withRetries.sendNotification(NotificationRequest.of("Hello"));

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(this.emulator.notifications().all()).singleElement()
			.satisfies((notification) -> assertThat(notification.id()).isEqualTo(result.id()));
		assertThat(this.emulator.faults().applied()).isEqualTo(1);
	}

	@Test
	void rateLimitExposesRetryAfter() {
		this.emulator.faults()
			.inject("notifications.create", 1, EmulatorFault.status(429).withRetryAfter(Duration.ofSeconds(7)));

		PushpadRateLimitException ex = assertThatExceptionOfType(PushpadRateLimitException.class)
			.isThrownBy(() -> this.withoutRetries.sendNotification(NotificationRequest.of("Hello")))
			.actual();

		assertThat(ex.getRetryAfter()).contains(Duration.ofSeconds(7));
		assertThat(this.emulator.notifications().all()).isEmpty();
	}

	@Test
	void internalServerErrorOnGetIsNotRetried() {
		long id = this.withoutRetries.sendNotification(NotificationRequest.of("Hello")).id();
		this.emulator.faults().inject("notifications.get", 2, EmulatorFault.status(500));

		PushpadServerException ex = assertThatExceptionOfType(PushpadServerException.class)
			.isThrownBy(() -> this.withRetries.getNotification(id))
			.actual();

		assertThat(ex.getStatusCode()).isEqualTo(500);
		assertThat(this.emulator.faults().applied()).isEqualTo(1);
		assertThat(this.emulator.faults().remaining()).isEqualTo(1);
	}

	@Test
	void badGatewayWithHtmlPage() {
		this.emulator.faults().inject(1, EmulatorFault.status(502).withHtmlPage());

		PushpadServerException ex = assertThatExceptionOfType(PushpadServerException.class)
			.isThrownBy(() -> this.withoutRetries.listProjects())
			.actual();

		assertThat(ex.getStatusCode()).isEqualTo(502);
		assertThat(ex.getResponseHeaders().getContentType()).hasToString("text/html;charset=utf-8");
		assertThat(ex.getMessage()).startsWith("GET /api/v1/projects failed with 502 Bad Gateway: HTML page "
				+ "\"502 Bad Gateway\"");
	}

	@Test
	void serviceUnavailableOnCreateIsNotRetried() {
		this.emulator.faults().inject("notifications.create", 2, EmulatorFault.status(503));

		assertThatExceptionOfType(PushpadServerException.class)
			.isThrownBy(() -> this.withRetries.sendNotification(NotificationRequest.of("Hello")))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(503));
		assertThat(this.emulator.faults().applied()).isEqualTo(1);
		assertThat(this.emulator.faults().remaining()).isEqualTo(1);
		assertThat(this.emulator.notifications().all()).isEmpty();
	}

	@Test
	void serviceUnavailableOnGetIsRetried() {
		long id = this.withoutRetries.sendNotification(NotificationRequest.of("Hello")).id();
		this.emulator.faults().inject("notifications.get", 2, EmulatorFault.status(503));

		assertThat(this.withRetries.getNotification(id).body()).isEqualTo("Hello");
		assertThat(this.emulator.faults().applied()).isEqualTo(2);
		assertThat(this.emulator.faults().remaining()).isZero();
	}

	@Test
	void failureAfterProcessingCreatesOnce() {
		this.emulator.faults().inject("notifications.create", 1, EmulatorFault.status(504).afterProcessing());

		assertThatExceptionOfType(PushpadServerException.class)
			.isThrownBy(() -> this.withRetries.sendNotification(NotificationRequest.of("Hello")))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(504));
		assertThat(this.emulator.notifications().all()).hasSize(1);
	}

	@Test
	void delayBeyondReadTimeoutTimesOut() {
		this.emulator.faults().delayNext("projects.list", READ_TIMEOUT.multipliedBy(2));

		assertThatExceptionOfType(PushpadTimeoutException.class).isThrownBy(() -> this.withRetries.listProjects());
		assertThat(this.emulator.faults().applied()).isEqualTo(1);
	}

	@Test
	void delayWithinReadTimeoutSucceeds() {
		Duration delay = Duration.ofMillis(200);
		this.emulator.faults().delayNext(1, delay);
		long start = System.nanoTime();

		assertThat(this.withoutRetries.listProjects()).hasSize(1);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(delay);
	}

	@Test
	void delayedStatusWaitsThenFails() {
		Duration delay = Duration.ofMillis(200);
		this.emulator.faults().inject("senders.list", 1, EmulatorFault.status(500).withDelay(delay));
		long start = System.nanoTime();

		assertThatExceptionOfType(PushpadServerException.class).isThrownBy(() -> this.withoutRetries.listSenders());
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(delay);
	}

	@Test
	void failNextAppliesToAnyOperation() {
		this.emulator.faults().failNext(2, 503);

		assertThatExceptionOfType(PushpadServerException.class).isThrownBy(() -> this.withoutRetries.listProjects());
		assertThatExceptionOfType(PushpadServerException.class).isThrownBy(() -> this.withoutRetries.countSubscriptions());
		assertThat(this.withoutRetries.listProjects()).hasSize(1);
		assertThat(this.emulator.faults().applied()).isEqualTo(2);
	}

	@Test
	void failNextWithBodyAndHeaders() {
		this.emulator.faults()
			.failNext("senders.list", 503, "{\"error\":\"maintenance\"}", Map.of("Retry-After", "120", "X-Reason", "m"));

		PushpadServerException ex = assertThatExceptionOfType(PushpadServerException.class)
			.isThrownBy(() -> this.withoutRetries.listSenders())
			.actual();

		assertThat(ex.getResponseBodyAsString()).isEqualTo("{\"error\":\"maintenance\"}");
		assertThat(ex.getRetryAfter()).contains(Duration.ofSeconds(120));
		assertThat(ex.getResponseHeaders().getFirst("X-Reason")).isEqualTo("m");
		assertThat(ex.getResponseHeaders().getContentType()).hasToString("application/json;charset=utf-8");
	}

	@Test
	void countTargetAppliesToCountByGet() {
		this.emulator.faults().failNext("subscriptions.count", 500);

		assertThatExceptionOfType(PushpadServerException.class).isThrownBy(() -> this.withoutRetries.countSubscriptions());
		assertThat(this.withoutRetries.countSubscriptions()).isZero();
	}

	@Test
	void faultsApplyInOrderAdded() {
		this.emulator.faults().failNext("projects.list", 403).failNext(1, 402);

		assertThatExceptionOfType(PushpadForbiddenException.class).isThrownBy(() -> this.withoutRetries.listProjects());
		assertThatExceptionOfType(PushpadPaymentRequiredException.class).isThrownBy(() -> this.withoutRetries.listProjects());
	}

	@Test
	void resetRemovesQueuedFaults() {
		this.emulator.faults().failNext(3, 500);

		this.emulator.reset();

		assertThat(this.emulator.faults().remaining()).isZero();
		assertThat(this.emulator.faults().applied()).isZero();
		assertThat(this.withoutRetries.listProjects()).hasSize(1);
	}

	@Test
	void invalidFaultsAreRejected() {
		EmulatorFaults faults = this.emulator.faults();

		assertThatIllegalArgumentException().isThrownBy(() -> faults.failNext("notification.create", 503))
			.withMessageStartingWith("Unknown fault target \"notification.create\": use an operation name (")
			.withMessageContaining("notifications.create");
		assertThatIllegalArgumentException().isThrownBy(() -> faults.failNext(0, 503))
			.withMessage("Invalid fault count 0: use 1 or more");
		assertThatIllegalArgumentException().isThrownBy(() -> EmulatorFault.status(200))
			.withMessage("Invalid fault status 200: use an error status from 400 to 599, or EmulatorFault.delay(...) "
					+ "for a slow but successful response");
		assertThatIllegalArgumentException().isThrownBy(() -> faults.delayNext(1, Duration.ofMinutes(2)))
			.withMessage("Invalid fault delay PT2M: use 0 to 60 seconds, and a shorter client read timeout to test "
					+ "timeouts");
		assertThatIllegalArgumentException().isThrownBy(() -> faults.delayNext(1, Duration.ofMillis(-1)))
			.withMessageStartingWith("Invalid fault delay PT-0.001S");
		assertThatIllegalStateException()
			.isThrownBy(() -> EmulatorFault.delay(Duration.ofSeconds(1)).withBody("text/plain", "x"))
			.withMessage("withBody() needs an error response: start from EmulatorFault.status(int) rather than "
					+ "EmulatorFault.delay(Duration)");
		assertThat(faults.remaining()).isZero();
	}

}
