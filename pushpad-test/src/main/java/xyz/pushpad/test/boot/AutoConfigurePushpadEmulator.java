package xyz.pushpad.test.boot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextCustomizerFactories;

import xyz.pushpad.test.PushpadEmulator;

/**
 * Starts a {@link PushpadEmulator} for a Spring test and points the auto-configured Pushpad client at it, by way of a
 * {@link EmulatorPushpadConnectionDetails} bean, which takes precedence over the {@code pushpad.*} properties.
 *
 * <p>The emulator is a bean of the test's application context, so tests can inject it to seed subscriptions and
 * inspect notifications. It lives as long as the context, which Spring caches across test classes with the same
 * configuration, and is reset before each test method.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(PushpadEmulatorContextCustomizerFactory.class)
public @interface AutoConfigurePushpadEmulator {

	/**
	 * Whether the emulator rejects requests that do not match the Pushpad OpenAPI specification with status 400.
	 * @return whether strict mode is on
	 */
	boolean strict() default true;

}
