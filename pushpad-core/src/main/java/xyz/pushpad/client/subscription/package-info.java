/**
 * Requests and responses of the subscription endpoints.
 */
@NullMarked
package xyz.pushpad.client.subscription;

import org.jspecify.annotations.NullMarked;
