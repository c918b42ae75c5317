/**
 * Tags and tag expressions of Pushpad subscriptions: {@link xyz.pushpad.client.tag.TagExpression} parses, prints and
 * evaluates them, and {@link xyz.pushpad.client.tag.Tags} builds them in code.
 */
@NullMarked
package xyz.pushpad.client.tag;

import org.jspecify.annotations.NullMarked;
