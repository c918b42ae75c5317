package xyz.pushpad.test;

import java.util.concurrent.CompletableFuture;

import xyz.pushpad.contract.OpenApiContract;

/**
 * Source of the {@link RequestValidator} that strict mode uses.
 */
final class ContractValidators {

	private ContractValidators() {
	}

	/**
	 * Returns a validator that checks requests against Pushpad's OpenAPI specification with {@link OpenApiContract}.
	 * Parsing the specification takes longer than starting the emulator, so it starts in the background now and the
	 * first request waits for it.
	 */
	static RequestValidator openApi() {
		CompletableFuture<OpenApiContract> contract = CompletableFuture.supplyAsync(OpenApiContract::load);
		return (method, path, rawQuery, body) -> contract.join().validateRequest(method, path, rawQuery, body);
	}

}
