/**
 * Requests and responses of the notification endpoints.
 */
@NullMarked
package xyz.pushpad.client.notification;

import org.jspecify.annotations.NullMarked;
