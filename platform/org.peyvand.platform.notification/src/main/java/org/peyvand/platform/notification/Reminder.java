package org.peyvand.platform.notification;

import java.time.Instant;

/**
 * A reminder a user set for themselves, on a record or on nothing in particular. When its time
 * comes it reaches its owner as a notification of kind {@value ReminderService#KIND}, once.
 *
 * @param link  the record it is about, or {@code null}
 * @param fired when it was delivered; {@code null} while it waits
 */
public record Reminder(long id, String username, Instant at, String note, NotificationLink link, Instant created, Instant fired) {

    public boolean pending() {
        return fired == null;
    }
}
