package xyz.pushpad.test.boot;

import xyz.pushpad.boot.autoconfigure.PushpadConnectionDetails;
import xyz.pushpad.test.PushpadEmulator;

/**
 * {@link PushpadConnectionDetails} that point the auto-configured client at a {@link PushpadEmulator}: its base URL,
 * its token and its default project.
 */
public final class EmulatorPushpadConnectionDetails implements PushpadConnectionDetails {

	private final PushpadEmulator emulator;

	/**
	 * Creates connection details for a running emulator.
	 * @param emulator the emulator
	 */
	public EmulatorPushpadConnectionDetails(PushpadEmulator emulator) {
		this.emulator = emulator;
	}

	@Override
	public String baseUrl() {
		return this.emulator.baseUrl();
	}

	@Override
	public String authToken() {
		return this.emulator.authToken();
	}

	@Override
	public Long projectId() {
		return this.emulator.defaultProjectId();
	}

	@Override
	public String toString() {
		return "EmulatorPushpadConnectionDetails[baseUrl=" + baseUrl() + ", projectId=" + projectId() + "]";
	}

}
