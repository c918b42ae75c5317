/**
 * Pushpad tags and tag expressions: parsing, validation and matching against the tags of a subscription.
 */
@NullMarked
package xyz.pushpad.client.tag;

import org.jspecify.annotations.NullMarked;
