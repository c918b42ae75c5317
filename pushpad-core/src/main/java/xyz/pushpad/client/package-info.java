/**
 * Client for the Pushpad REST API: {@link xyz.pushpad.client.PushpadOperations}, its implementation
 * {@link xyz.pushpad.client.PushpadTemplate}, and the exceptions it throws.
 */
@NullMarked
package xyz.pushpad.client;

import org.jspecify.annotations.NullMarked;
