package xyz.pushpad.test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import xyz.pushpad.client.PushpadNotFoundException;
import xyz.pushpad.client.PushpadOperations;
import xyz.pushpad.client.PushpadTemplate;
import xyz.pushpad.client.PushpadUnauthorizedException;
import xyz.pushpad.client.PushpadUnprocessableEntityException;
import xyz.pushpad.client.PushpadValidationException;
import xyz.pushpad.client.notification.Notification;
import xyz.pushpad.client.notification.NotificationAction;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.notification.NotificationRequest;
import xyz.pushpad.client.project.Project;
import xyz.pushpad.client.project.ProjectCreateRequest;
import xyz.pushpad.client.project.ProjectUpdateRequest;
import xyz.pushpad.client.sender.Sender;
import xyz.pushpad.client.sender.SenderCreateRequest;
import xyz.pushpad.client.subscription.Subscription;
import xyz.pushpad.client.subscription.SubscriptionCreateRequest;
import xyz.pushpad.client.subscription.SubscriptionFilter;
import xyz.pushpad.client.subscription.SubscriptionUpdateRequest;

import xyz.pushpad.test.junit.PushpadEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every operation of {@link xyz.pushpad.client.PushpadOperations} round-tripped through the emulator.
 */
class PushpadEmulatorTemplateTests {

	private static final Instant START = Instant.parse("2026-07-01T10:00:00Z");

	@RegisterExtension
	static final PushpadEmulatorExtension emulatorExtension = PushpadEmulatorExtension
		.using(() -> PushpadEmulator.builder().clock(EmulatorClock.fixed(START)));

	private PushpadEmulator emulator;

	private PushpadTemplate pushpad;

	@BeforeEach
	void createTemplate() {
		this.emulator = emulatorExtension.emulator();
		this.pushpad = PushpadTemplate.builder()
			.baseUrl(emulator.baseUrl())
			.authToken(emulator.authToken())
			.projectId(emulator.defaultProjectId())
			.build();
	}

	@Test
	void createAndGetNotification() {
		emulator.subscriptions().add("alice", "sports");
		emulator.subscriptions().add("bob", "news");
		NotificationCreateResult result = this.pushpad.sendNotification(NotificationRequest.builder()
			.title("Goal")
			.body("2:1 in the 90th minute")
			.targetUrl("https://example.com/match")
			.action(NotificationAction.of("Watch", "https://example.com/replay").withAction("watch"))
			.customMetrics("goals")
			.uids("alice", "bob", "carol")
			.tags("sports")
			.build());
		assertThat(result.scheduled()).isEqualTo(1);
		assertThat(result.uids()).containsExactly("alice", "bob");
		assertThat(result.isScheduled()).isFalse();

		Notification notification = this.pushpad.getNotification(result.id());
		assertThat(notification.id()).isEqualTo(result.id());
		assertThat(notification.projectId()).isEqualTo(emulator.defaultProjectId());
		assertThat(notification.title()).isEqualTo("Goal");
		assertThat(notification.actions()).containsExactly(
				new NotificationAction("Watch", "https://example.com/replay", null, "watch"));
		assertThat(notification.customMetrics()).containsExactly("goals");
		assertThat(notification.uids()).containsExactly("alice", "bob", "carol");
		assertThat(notification.tags()).containsExactly("sports");
		assertThat(notification.createdAt()).isEqualTo(START);
		assertThat(notification.successfullySentCount()).isEqualTo(1);
		assertThat(notification.scheduled()).isFalse();
		assertThat(notification.cancelled()).isFalse();
		assertThat(emulator.notifications().last().recipientUids()).containsExactly("alice");
	}

	@Test
	void listNotifications() {
		this.pushpad.sendNotification(NotificationRequest.of("first"));
		this.pushpad.sendNotification(NotificationRequest.of("second"));
		List<Notification> notifications = this.pushpad.listNotifications();
		assertThat(notifications).extracting(Notification::body).containsExactly("second", "first");
		assertThat(this.pushpad.listNotifications(2)).isEmpty();
	}

	@Test
	void scheduleDeliverAndCancel() {
		emulator.subscriptions().add("alice");
		NotificationCreateResult later = this.pushpad.sendNotification(
				NotificationRequest.builder().body("later").sendAt(START.plus(Duration.ofHours(1))).build());
		NotificationCreateResult cancelled = this.pushpad.sendNotification(
				NotificationRequest.builder().body("never").sendAt(START.plus(Duration.ofHours(2))).build());
		assertThat(later.isScheduled()).isTrue();
		assertThat(later.sendAt()).isEqualTo(START.plus(Duration.ofHours(1)));
		assertThat(later.scheduled()).isNull();
		assertThat(this.pushpad.getNotification(later.id()).scheduled()).isTrue();

		this.pushpad.cancelNotification(cancelled.id());
		emulator.clock().advance(Duration.ofHours(3));

		Notification delivered = this.pushpad.getNotification(later.id());
		assertThat(delivered.scheduled()).isFalse();
		assertThat(delivered.successfullySentCount()).isEqualTo(1);
		Notification cancelledNotification = this.pushpad.getNotification(cancelled.id());
		assertThat(cancelledNotification.cancelled()).isTrue();
		assertThat(cancelledNotification.successfullySentCount()).isZero();
		assertThatExceptionOfType(PushpadUnprocessableEntityException.class)
			.isThrownBy(() -> this.pushpad.cancelNotification(later.id()));
	}

	@Test
	void openedCountFollowsMarkOpened() {
		EmulatedSubscription alice = emulator.subscriptions().add("alice");
		NotificationCreateResult result = this.pushpad.sendNotification(NotificationRequest.of("hello"));
		emulator.notifications().markOpened(result.id(), alice.id());
		assertThat(this.pushpad.getNotification(result.id()).openedCount()).isEqualTo(1);
	}

	@Test
	void unknownNotificationIsNotFound() {
		assertThatExceptionOfType(PushpadNotFoundException.class)
			.isThrownBy(() -> this.pushpad.getNotification(424242));
		assertThatExceptionOfType(PushpadNotFoundException.class)
			.isThrownBy(() -> this.pushpad.cancelNotification(424242));
	}

	@Test
	void invalidTagExpressionRejectedBeforeSending() {
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> this.pushpad.sendNotification(NotificationRequest.builder().body("x").tags("a ||").build()))
			.withMessageStartingWith("Invalid 'tags[0]' (value \"a ||\"): invalid tag expression");
		assertThat(emulator.notifications().sent()).isEmpty();
	}

	@Test
	void wrongTokenIsUnauthorized() {
		PushpadTemplate intruder = PushpadTemplate.builder()
			.baseUrl(emulator.baseUrl())
			.authToken("not-the-token")
			.projectId(emulator.defaultProjectId())
			.build();
		assertThatExceptionOfType(PushpadUnauthorizedException.class).isThrownBy(intruder::listNotifications);
	}

	@Test
	void signatureMatchesKnownVector() {
		PushpadTemplate signer = PushpadTemplate.builder()
			.baseUrl(emulator.baseUrl())
			.authToken("5374d7dfeffa2eb49965624ba7596a09")
			.build();
		assertThat(signer.signatureFor("user12345"))
			.isEqualTo("6627820dab00a1971f2a6d3ff16a5ad8ba4048a02b2d402820afc61aefd0b69f");
	}

	@Test
	void targetingByTagExpression() {
		EmulatedSubscription alice = emulator.subscriptions().add("alice", "sports", "premium");
		emulator.subscriptions().add("bob", "sports");
		EmulatedSubscription carol = emulator.subscriptions().add("carol", "news");

		NotificationCreateResult result = this.pushpad.sendNotification(NotificationRequest.builder()
			.body("Match tonight")
			.tags("sports && premium || news && !sports")
			.build());

		assertThat(result.scheduled()).isEqualTo(2);
		assertThat(emulator.notifications().get(result.id()).recipientIds()).containsExactly(alice.id(), carol.id());
	}

	@Test
	void emptyTargetListsReachNobody() {
		emulator.subscriptions().add("alice", "sports");
		assertThat(this.pushpad.sendNotification(NotificationRequest.builder().body("x").uids(List.of()).build())
			.scheduled()).isZero();
		assertThat(this.pushpad.sendNotification(NotificationRequest.builder().body("x").tags(List.of()).build())
			.scheduled()).isZero();
		assertThat(this.pushpad.sendNotification(NotificationRequest.of("x")).scheduled()).isEqualTo(1);
	}

	@Test
	void streamNotificationsCrossesPages() {
		for (int i = 0; i < 35; i++) {
			this.pushpad.sendNotification(NotificationRequest.of("n" + i));
		}
		assertThat(this.pushpad.listNotifications()).hasSize(30);
		assertThat(this.pushpad.streamNotifications().map(Notification::body).toList()).hasSize(35)
			.startsWith("n34", "n33")
			.endsWith("n0");
	}

	@Test
	void countAndListSubscriptions() {
		for (int i = 0; i < 7; i++) {
			emulator.subscriptions().add("u" + i, (i % 2 == 0) ? "even" : "odd");
		}
		assertThat(this.pushpad.countSubscriptions()).isEqualTo(7);
		assertThat(this.pushpad.countSubscriptions(SubscriptionFilter.byTags("even"))).isEqualTo(4);
		assertThat(this.pushpad.countSubscriptions(SubscriptionFilter.byUids("u1", "u2", "ghost").withTags("odd")))
			.isEqualTo(1);
		assertThat(this.pushpad.listSubscriptions(SubscriptionFilter.all(), 2, 3)).extracting(Subscription::uid)
			.containsExactly("u3", "u4", "u5");
		assertThat(this.pushpad.listSubscriptions(SubscriptionFilter.byTags("odd && !even"), 1))
			.extracting(Subscription::uid)
			.containsExactly("u1", "u3", "u5");
		assertThat(this.pushpad.streamSubscriptions(SubscriptionFilter.all(), 2).count()).isEqualTo(7);
	}

	@Test
	void subscriptionLifecycle() {
		Subscription created = this.pushpad.createSubscription(SubscriptionCreateRequest.builder()
			.endpoint("https://push.example.com/send/abc")
			.keys("BPublicKey", "authSecret")
			.uid("alice")
			.tags("sports", "news")
			.build());
		assertThat(created.projectId()).isEqualTo(emulator.defaultProjectId());
		assertThat(created.endpoint()).isEqualTo("https://push.example.com/send/abc");
		assertThat(created.p256dh()).isEqualTo("BPublicKey");
		assertThat(created.tags()).containsExactly("sports", "news");
		assertThat(created.createdAt()).isEqualTo(START);
		assertThat(this.pushpad.getSubscription(created.id())).isEqualTo(created);

		Subscription retagged = this.pushpad.updateSubscription(created.id(),
				SubscriptionUpdateRequest.builder().tags("travel").build());
		assertThat(retagged.uid()).isEqualTo("alice");
		assertThat(retagged.tags()).containsExactly("travel");
		Subscription anonymous = this.pushpad.updateSubscription(created.id(),
				SubscriptionUpdateRequest.builder().clearUid().build());
		assertThat(anonymous.uid()).isNull();
		assertThat(anonymous.tags()).containsExactly("travel");

		this.pushpad.deleteSubscription(created.id());
		assertThatExceptionOfType(PushpadNotFoundException.class)
			.isThrownBy(() -> this.pushpad.getSubscription(created.id()));
		assertThat(emulator.subscriptions().all()).isEmpty();
	}

	@Test
	void projectLifecycle() {
		long senderId = this.pushpad.listSenders().get(0).id();
		Project created = this.pushpad.createProject(ProjectCreateRequest.builder(senderId, "Shop", "https://shop.example.com")
			.notificationsTtl(Duration.ofHours(1))
			.notificationsSilent(true)
			.build());
		assertThat(created.senderId()).isEqualTo(senderId);
		assertThat(created.notificationsTtl()).isEqualTo(3600);
		assertThat(created.notificationsSilent()).isTrue();
		assertThat(this.pushpad.getProject(created.id())).isEqualTo(created);
		assertThat(this.pushpad.listProjects()).extracting(Project::id)
			.containsExactly(emulator.defaultProjectId(), created.id());

		Project renamed = this.pushpad.updateProject(created.id(),
				ProjectUpdateRequest.builder().name("Store").iconUrl("https://shop.example.com/icon.png").build());
		assertThat(renamed.name()).isEqualTo("Store");
		assertThat(renamed.website()).isEqualTo("https://shop.example.com");
		assertThat(renamed.iconUrl()).isEqualTo("https://shop.example.com/icon.png");

		PushpadOperations shop = this.pushpad.forProject(created.id());
		emulator.subscriptions().addTo(created.id(), "bob");
		assertThat(shop.sendNotification(NotificationRequest.of("Sale")).scheduled()).isEqualTo(1);
		assertThat(shop.getNotification(shop.listNotifications().get(0).id()).title()).isEqualTo("Store");

		this.pushpad.deleteProject(created.id());
		assertThatExceptionOfType(PushpadNotFoundException.class)
			.isThrownBy(() -> this.pushpad.getProject(created.id()));
	}

	@Test
	void senderLifecycle() {
		Sender created = this.pushpad.createSender(SenderCreateRequest.of("Marketing"));
		assertThat(created.vapidPrivateKey()).startsWith("-----BEGIN EC PRIVATE KEY-----");
		assertThat(created.vapidPublicKey()).startsWith("-----BEGIN PUBLIC KEY-----");
		assertThat(this.pushpad.getSender(created.id())).isEqualTo(created);

		Sender imported = this.pushpad.createSender(SenderCreateRequest.importing("Imported",
				created.vapidPrivateKey(), created.vapidPublicKey()));
		assertThat(imported.vapidPublicKey()).isEqualTo(created.vapidPublicKey());
		assertThat(this.pushpad.listSenders()).hasSize(3);

		assertThat(this.pushpad.updateSender(created.id(), "Growth").name()).isEqualTo("Growth");
		this.pushpad.deleteSender(created.id());
		assertThatExceptionOfType(PushpadNotFoundException.class)
			.isThrownBy(() -> this.pushpad.getSender(created.id()));
	}

	@Test
	void senderInUseCannotBeDeleted() {
		long senderId = this.pushpad.getProject(emulator.defaultProjectId()).senderId();
		assertThatExceptionOfType(PushpadUnprocessableEntityException.class)
			.isThrownBy(() -> this.pushpad.deleteSender(senderId))
			.satisfies((ex) -> assertThat(ex.getResponseBodyAsString()).contains("still used by projects"));
	}

	@Test
	void invalidTagOnUpdateRejectedBeforeSending() {
		EmulatedSubscription subscription = emulator.subscriptions().add("alice", "news");

		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> this.pushpad.updateSubscription(subscription.id(),
					SubscriptionUpdateRequest.builder().tags("not a tag").build()))
			.withMessageStartingWith("Invalid 'tags[0]' (value \"not a tag\"): invalid tag");
		assertThat(emulator.subscriptions().all()).singleElement().satisfies((stored) -> assertThat(stored.tags()).containsExactly("news"));
	}

}
