package xyz.pushpad.test.boot;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

import xyz.pushpad.test.PushpadEmulator;

/**
 * Resets the emulator of a test annotated with {@link AutoConfigurePushpadEmulator} before each test method, so that
 * tests sharing a cached context start from the same state. It runs before the {@code @BeforeEach} methods, so they
 * can seed the emulator.
 */
public class PushpadEmulatorResetTestExecutionListener extends AbstractTestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (!TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), AutoConfigurePushpadEmulator.class)
				|| !testContext.hasApplicationContext()) {
			return;
		}
		testContext.getApplicationContext().getBeanProvider(PushpadEmulator.class).ifAvailable(PushpadEmulator::reset);
	}

}
