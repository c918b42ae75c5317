/**
 * Requests and responses of the project endpoints.
 */
@NullMarked
package xyz.pushpad.client.project;

import org.jspecify.annotations.NullMarked;
