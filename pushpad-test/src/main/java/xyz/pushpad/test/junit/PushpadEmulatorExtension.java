package xyz.pushpad.test.junit;

import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import xyz.pushpad.test.PushpadEmulator;

/**
 * JUnit Jupiter extension that starts a {@link PushpadEmulator} once per test class, resets it before each test and
 * stops it after the class. Nested test classes share the emulator of their enclosing class.
 *
 * <p>Declare it with {@code @ExtendWith(PushpadEmulatorExtension.class)} and take the emulator as a parameter of a
 * test, lifecycle method or constructor. To configure the emulator, register it on a static field instead:
 *
 * <pre class="code">
 * &#64;RegisterExtension
 * static PushpadEmulatorExtension pushpad = PushpadEmulatorExtension.using(
 *         () -&gt; PushpadEmulator.builder().clock(EmulatorClock.fixed(Instant.parse("2026-01-01T00:00:00Z"))));
 * </pre>
 *
 * <p>Build the template under test with {@link PushpadEmulator#templateBuilder()}, which also passes the emulator's
 * clock, so that the template checks {@code send_at} against the emulator's time rather than the system's.
 */
public final class PushpadEmulatorExtension
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(PushpadEmulatorExtension.class);

	private final Supplier<PushpadEmulator.Builder> builder;

	private volatile @Nullable PushpadEmulator emulator;

	/**
	 * Creates an extension that starts emulators with the defaults of {@link PushpadEmulator#start()}.
	 */
	public PushpadEmulatorExtension() {
		this(PushpadEmulator::builder);
	}

	private PushpadEmulatorExtension(Supplier<PushpadEmulator.Builder> builder) {
		this.builder = builder;
	}

	/**
	 * Creates an extension that starts emulators from the given builder.
	 * @param builder supplier of a configured builder, called once per test class
	 * @return the extension
	 */
	public static PushpadEmulatorExtension using(Supplier<PushpadEmulator.Builder> builder) {
		return new PushpadEmulatorExtension(Objects.requireNonNull(builder, "'builder' must not be null"));
	}

	/**
	 * Returns the emulator of the running test class.
	 * @return the emulator
	 * @throws IllegalStateException if called outside a test class that uses this extension
	 */
	public PushpadEmulator emulator() {
		PushpadEmulator current = this.emulator;
		if (current == null) {
			throw new IllegalStateException("No Pushpad emulator is running: call emulator() from a test, "
					+ "a lifecycle method or a constructor of a class that uses PushpadEmulatorExtension");
		}
		return current;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		// Store.get also searches the stores of enclosing classes, so a nested class finds the outer emulator.
		PushpadEmulator existing = store(context).get(PushpadEmulator.class, PushpadEmulator.class);
		if (existing != null) {
			this.emulator = existing;
			return;
		}
		PushpadEmulator started = this.builder.get().start();
		store(context).put(PushpadEmulator.class, started);
		this.emulator = started;
	}

	@Override
	public void afterAll(ExtensionContext context) {
		// The store closes the emulator when the class context that started it ends.
		this.emulator = (context.getParent().isPresent())
				? store(context.getParent().get()).get(PushpadEmulator.class, PushpadEmulator.class) : null;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		find(context).reset();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == PushpadEmulator.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return find(extensionContext);
	}

	private static PushpadEmulator find(ExtensionContext context) {
		PushpadEmulator emulator = store(context).get(PushpadEmulator.class, PushpadEmulator.class);
		if (emulator == null) {
			throw new IllegalStateException("No Pushpad emulator was started for " + context.getDisplayName()
					+ ": register PushpadEmulatorExtension on the test class, not on a single method");
		}
		return emulator;
	}

	private static ExtensionContext.Store store(ExtensionContext context) {
		return context.getStore(NAMESPACE);
	}

}
