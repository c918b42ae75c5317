/**
 * In-memory Pushpad emulator: an HTTP server on the loopback interface that implements the Pushpad REST API, with
 * views to seed data and to assert on what was sent.
 */
@NullMarked
package xyz.pushpad.test;

import org.jspecify.annotations.NullMarked;
