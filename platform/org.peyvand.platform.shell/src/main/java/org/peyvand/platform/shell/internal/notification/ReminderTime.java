package org.peyvand.platform.shell.internal.notification;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.text.PersianText;

/** The moment a reminder is typed with: a Jalali date and time in Tehran, or an ISO-8601 instant. */
final class ReminderTime {
    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private ReminderTime() {
    }

    /**
     * "1405/09/10 14:30" (any digits), "1405/09/10" (at 09:00) or "2026-12-01T11:00:00Z"; {@code null}
     * for text that is none, which the service then refuses as the field {@code at}.
     */
    static Instant parse(String text) {
        String given = PersianText.toLatinDigits(text).strip();
        try {
            if (given.contains("T")) {
                return Instant.parse(given);
            }
            String[] parts = given.split("\\s+");
            LocalTime time = parts.length > 1 ? LocalTime.parse(parts[1].length() == 4 ? "0" + parts[1] : parts[1]) : LocalTime.of(9, 0);
            return JalaliDate.parse(parts[0]).toLocalDate().atTime(time).atZone(TEHRAN).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
