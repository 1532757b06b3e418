package org.peyvand.platform.notification;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.security.Caller;

/**
 * Reminders every signed-in user sets for themselves on any record: each is delivered once, through
 * the notification service, when its time comes. Nobody, administrators included, sees or cancels
 * another user's reminders.
 */
@ProviderType
public interface ReminderService {
    /** The kind of the notification a reminder becomes; preferences for it are per user like any kind. */
    String KIND = "notification.reminder";
    int NOTE_MAX = 500;

    /**
     * @param link the record it is about ({@link NotificationLink#record}), or {@code null}
     * @throws org.peyvand.platform.core.error.ValidationException naming {@code at} (missing or not in the future),
     *         {@code note} or {@code link}
     */
    Reminder add(Caller caller, Instant at, String note, NotificationLink link);

    /**
     * The caller's reminders still to come, soonest first.
     *
     * @param after the previous page's {@code nextCursor}, or {@code null} for the first page
     * @throws org.peyvand.platform.core.error.ValidationException naming {@code limit} or {@code cursor}
     */
    Page<Reminder> upcoming(Caller caller, String after, int limit);

    /** The caller's reminders on one record, those still to come first, then the delivered ones, at most 100. */
    List<Reminder> onRecord(Caller caller, String recordType, String recordId);

    /**
     * Removes one of the caller's reminders, delivered or not.
     *
     * @throws org.peyvand.platform.core.error.NotFoundException when the caller has no reminder with that id
     */
    void cancel(Caller caller, long id);
}
