/**
 * JUnit Jupiter support for the Pushpad emulator.
 */
@NullMarked
package xyz.pushpad.test.junit;

import org.jspecify.annotations.NullMarked;
