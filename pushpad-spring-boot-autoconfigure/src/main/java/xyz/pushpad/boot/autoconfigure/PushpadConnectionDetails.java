package xyz.pushpad.boot.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Connection details of the Pushpad client: base URL, auth token and default project. By default they come from the
 * {@code pushpad.*} properties. Define a bean of this type to supply them another way, for example from test support
 * that starts an emulator.
 */
public interface PushpadConnectionDetails extends ConnectionDetails {

	/**
	 * Returns the base URL of the Pushpad REST API.
	 * @return absolute http(s) URL
	 */
	String baseUrl();

	/**
	 * Returns the access token used to authenticate.
	 * @return the token, never blank
	 */
	String authToken();

	/**
	 * Returns the project used when an operation names none.
	 * @return the project id, or {@code null} for none
	 */
	default @Nullable Long projectId() {
		return null;
	}

}
