package xyz.pushpad.test;

import java.util.List;

/**
 * Projects and senders stored by the emulator: seeding and inspection, without going through HTTP. Obtain it from
 * {@link PushpadEmulator#projects()}.
 */
public final class EmulatorProjects {

	private final EmulatorState state;

	EmulatorProjects(EmulatorState state) {
		this.state = state;
	}

	/**
	 * Adds a project that uses the sender of the default project and the default notification settings.
	 * @param name name of the project
	 * @param website website of the project, an absolute http(s) URL
	 * @return the stored project
	 */
	public EmulatedProject add(String name, String website) {
		long senderId = this.state.project(this.state.defaultProjectId()).senderId();
		return add(senderId, name, website);
	}

	/**
	 * Adds a project with the default notification settings.
	 * @param senderId the sender of the project
	 * @param name name of the project
	 * @param website website of the project, an absolute http(s) URL
	 * @return the stored project
	 * @throws IllegalArgumentException if the sender does not exist or the website is not an http(s) URL
	 */
	public EmulatedProject add(long senderId, String name, String website) {
		if (!RequestBody.isHttpUrl(website)) {
			throw new IllegalArgumentException("Invalid website \"" + website + "\": use an absolute http(s) URL");
		}
		if (this.state.senders().stream().noneMatch((sender) -> sender.id() == senderId)) {
			throw new IllegalArgumentException("Sender " + senderId + " not found in the emulator: add it first with "
					+ "addSender(name)");
		}
		return this.state.createProject((id) -> new EmulatedProject(id, senderId, name, website, null, null,
				EmulatedProject.DEFAULT_NOTIFICATIONS_TTL, false, false, this.state.now()));
	}

	/**
	 * Adds a sender with a newly generated P-256 VAPID key pair.
	 * @param name name of the sender
	 * @return the stored sender
	 */
	public EmulatedSender addSender(String name) {
		return this.state.createSender(name, null);
	}

	/**
	 * Returns every project, in order of creation.
	 * @return the projects
	 */
	public List<EmulatedProject> all() {
		return this.state.projects();
	}

	/**
	 * Returns every sender, in order of creation.
	 * @return the senders
	 */
	public List<EmulatedSender> senders() {
		return this.state.senders();
	}

}
