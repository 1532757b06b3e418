package org.peyvand.platform.notification;

/** A channel as preferences show it. */
public record NotificationChannelInfo(String id, String labelKey, boolean onByDefault) {
}
