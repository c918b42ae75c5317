/**
 * Auto-configuration of {@link xyz.pushpad.client.PushpadTemplate} for Spring Boot.
 */
@NullMarked
package xyz.pushpad.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
