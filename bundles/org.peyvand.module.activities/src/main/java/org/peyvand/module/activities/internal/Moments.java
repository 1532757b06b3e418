package org.peyvand.module.activities.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.text.PersianText;

/**
 * Dates and times as REST and the shell take them, in any digits: an instant
 * ({@code 2025-04-04T06:00:00Z}), or a day in Jalali ({@code 1404/01/15}) or ISO ({@code 2025-04-04}),
 * with an optional time of day ({@code 09:30}, a space or {@code T} between) in Tehran.
 */
public final class Moments {
    /** A year before this can only be Jalali. */
    private static final int FIRST_GREGORIAN_YEAR = 1700;
    private static final Pattern DAY_TIME = Pattern.compile("(\\d{4})([/-])(\\d{1,2})\\2(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2}))?");

    private Moments() {
    }

    /** @return {@code null} for a blank text */
    public static Instant instant(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String latin = PersianText.toLatinDigits(text).strip();
        try {
            if (latin.endsWith("Z") || latin.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return java.time.OffsetDateTime.parse(latin).toInstant();
            }
            Matcher matcher = DAY_TIME.matcher(latin);
            if (matcher.matches()) {
                LocalTime time = matcher.group(5) == null ? LocalTime.MIDNIGHT
                        : LocalTime.of(Integer.parseInt(matcher.group(5)), Integer.parseInt(matcher.group(6)));
                return day(matcher).atTime(time).atZone(Recurrences.ZONE).toInstant();
            }
        } catch (DateTimeException invalid) {
            // reported below like any other text that is not a moment
        }
        throw ValidationException.of(field, "activities.error.dateTime");
    }

    /** @return {@code null} for a blank text */
    public static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher matcher = DAY_TIME.matcher(PersianText.toLatinDigits(text).strip());
        try {
            if (matcher.matches() && matcher.group(5) == null) {
                return day(matcher);
            }
        } catch (DateTimeException invalid) {
            // reported below like any other text that is not a date
        }
        throw ValidationException.of(field, "core.error.invalidDate");
    }

    private static LocalDate day(Matcher matcher) {
        int year = Integer.parseInt(matcher.group(1));
        int month = Integer.parseInt(matcher.group(3));
        int day = Integer.parseInt(matcher.group(4));
        return year < FIRST_GREGORIAN_YEAR ? JalaliDate.of(year, month, day).toLocalDate() : LocalDate.of(year, month, day);
    }
}
