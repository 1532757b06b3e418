package org.peyvand.platform.notification.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.page.KeysetCursor;

/** A keyset position on (an instant, id), as the inbox and the reminders page by. */
record InstantCursor(Instant at, long id) {

    /** @return {@code null} for the first page */
    static InstantCursor decode(String cursor, String sort) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        KeysetCursor keyset = KeysetCursor.decode(cursor, sort);
        try {
            return new InstantCursor(Instant.parse(keyset.sortValue()), keyset.id());
        } catch (DateTimeParseException e) {
            throw ValidationException.of("cursor", "core.error.cursor");
        }
    }

    static String encode(String sort, Instant at, long id) {
        return new KeysetCursor(sort, at.toString(), id).encode();
    }

    static void checkLimit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw ValidationException.of("limit", "core.error.range", 1, max);
        }
    }
}
