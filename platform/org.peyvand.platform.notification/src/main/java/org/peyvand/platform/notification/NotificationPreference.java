package org.peyvand.platform.notification;

/** Whether a user receives one kind of notification through one channel. */
public record NotificationPreference(String kind, String channel, boolean enabled) {
}
