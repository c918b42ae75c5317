package xyz.pushpad.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Clock of the emulator, in UTC, that tests move forward to make scheduled notifications due. Moving it delivers
 * every notification whose {@code send_at} has come.
 *
 * <p>{@link #system()} follows the system clock plus the distance it was advanced; {@link #fixed(Instant)} does not move
 * until advanced. Thread-safe.
 */
public final class EmulatorClock extends Clock {

	private final Clock base;

	private final Instant initialFixedInstant;

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	private volatile Duration offset = Duration.ZERO;

	private EmulatorClock(Clock base) {
		this.base = base;
		this.initialFixedInstant = base.instant();
	}

	/**
	 * Creates a clock that follows the system clock.
	 * @return the clock
	 */
	public static EmulatorClock system() {
		return new EmulatorClock(Clock.systemUTC());
	}

	/**
	 * Creates a clock that keeps the instant until advanced.
	 * @param instant the current time of the clock
	 * @return the clock
	 */
	public static EmulatorClock fixed(Instant instant) {
		return new EmulatorClock(Clock.fixed(instant, ZoneOffset.UTC));
	}

	/**
	 * Moves the clock forward and delivers the scheduled notifications that became due.
	 * @param duration how far to move, not negative
	 */
	public void advance(Duration duration) {
		Objects.requireNonNull(duration, "'duration' must not be null");
		if (duration.isNegative()) {
			throw new IllegalArgumentException("Cannot move the emulator clock back by " + duration.negated());
		}
		synchronized (this) {
			this.offset = this.offset.plus(duration);
		}
		this.listeners.forEach(Runnable::run);
	}

	/**
	 * Moves the clock forward to the instant and delivers the scheduled notifications that became due.
	 * @param instant the new time, not before the current one
	 */
	public void advanceTo(Instant instant) {
		Instant now = instant();
		if (instant.isBefore(now)) {
			throw new IllegalArgumentException(
					"Cannot move the emulator clock back from " + now + " to " + instant);
		}
		advance(Duration.between(now, instant));
	}

	@Override
	public Instant instant() {
		return this.base.instant().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(this, Duration.ZERO).withZone(zone);
	}

	/**
	 * Undoes every advance; a fixed clock returns to the instant it was created with.
	 */
	void reset() {
		this.offset = Duration.ZERO;
	}

	void addListener(Runnable listener) {
		this.listeners.add(listener);
	}

	@Override
	public String toString() {
		return "EmulatorClock[" + instant() + ", advanced by " + this.offset + "]";
	}

}
