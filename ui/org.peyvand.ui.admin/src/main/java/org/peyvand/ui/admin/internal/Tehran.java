package org.peyvand.ui.admin.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Calendar days as people in Iran mean them: a date picked on a screen starts and ends at
 * midnight in Tehran, whatever the server's own time zone.
 */
public final class Tehran {
    public static final ZoneId ZONE = ZoneId.of("Asia/Tehran");

    private Tehran() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The last moment of the day, so "valid until this date" includes the whole day. */
    public static Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1)).minusMillis(1);
    }
}
