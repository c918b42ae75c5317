/**
 * Pushpad's official OpenAPI spec, bundled, and {@link xyz.pushpad.contract.OpenApiContract}, which checks requests
 * and responses against it in tests.
 */
@NullMarked
package xyz.pushpad.contract;

import org.jspecify.annotations.NullMarked;
