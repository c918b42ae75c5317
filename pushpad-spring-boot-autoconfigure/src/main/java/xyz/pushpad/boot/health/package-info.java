/**
 * Actuator health indicator for Pushpad.
 */
@NullMarked
package xyz.pushpad.boot.health;

import org.jspecify.annotations.NullMarked;
