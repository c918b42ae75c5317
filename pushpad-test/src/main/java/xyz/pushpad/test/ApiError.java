package xyz.pushpad.test;

/**
 * Error that the emulator returns to the client as a status code and a JSON body {@code {"error": "..."}}.
 */
final class ApiError extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int status;

	ApiError(int status, String message) {
		super(message, null, false, false);
		this.status = status;
	}

	static ApiError badRequest(String message) {
		return new ApiError(400, message);
	}

	static ApiError notFound(String message) {
		return new ApiError(404, message);
	}

	static ApiError unprocessable(String message) {
		return new ApiError(422, message);
	}

	int status() {
		return this.status;
	}

}
