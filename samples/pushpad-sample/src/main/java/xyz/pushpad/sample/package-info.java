/**
 * Sample application that sends, reads, schedules and cancels Pushpad notifications with the starter.
 */
@NullMarked
package xyz.pushpad.sample;

import org.jspecify.annotations.NullMarked;
