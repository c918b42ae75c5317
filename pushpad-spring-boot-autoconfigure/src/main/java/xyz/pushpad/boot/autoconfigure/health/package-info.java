/**
 * Auto-configuration of the Pushpad health indicator.
 */
@NullMarked
package xyz.pushpad.boot.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
