/**
 * Spring Boot test support for the Pushpad emulator.
 */
@NullMarked
package xyz.pushpad.test.boot;

import org.jspecify.annotations.NullMarked;
