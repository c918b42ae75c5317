/**
 * Requests and responses of the sender endpoints. Senders contain VAPID private keys, which their
 * {@code toString()} methods hide.
 */
@NullMarked
package xyz.pushpad.client.sender;

import org.jspecify.annotations.NullMarked;
