package xyz.pushpad.boot.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;

import xyz.pushpad.client.notification.Notification;
import xyz.pushpad.client.notification.NotificationAction;
import xyz.pushpad.client.notification.NotificationCreateResult;
import xyz.pushpad.client.notification.NotificationRequest;
import xyz.pushpad.client.project.Project;
import xyz.pushpad.client.sender.Sender;
import xyz.pushpad.client.subscription.Subscription;

import static org.assertj.core.api.Assertions.assertThat;

class PushpadRuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	@Test
	void modelRecordsAreRegistered() {
		new PushpadRuntimeHints().registerHints(this.hints, getClass().getClassLoader());

		for (Class<?> type : new Class<?>[] { Notification.class, NotificationAction.class,
				NotificationCreateResult.class, NotificationRequest.class, Subscription.class, Project.class,
				Sender.class }) {
			assertThat(RuntimeHintsPredicates.reflection().onType(type)).accepts(this.hints);
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(type)
				.withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(this.hints);
		}
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Notification.class, "title"))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("xyz/pushpad/client/pushpad-client.properties"))
			.accepts(this.hints);
	}

	@Test
	void scanFindsEveryModelRecord() {
		assertThat(PushpadRuntimeHints.findRecords(getClass().getClassLoader())).contains(Notification.class,
				NotificationAction.class, NotificationCreateResult.class, NotificationRequest.class);
		assertThat(PushpadRuntimeHints.findRecords(getClass().getClassLoader())).allMatch(Class::isRecord);
	}

}
