/**
 * Micrometer observation of {@link xyz.pushpad.client.PushpadTemplate} operations: the context, the convention that
 * names the observation and its key values, and their documentation.
 */
@NullMarked
package xyz.pushpad.client.observation;

import org.jspecify.annotations.NullMarked;
