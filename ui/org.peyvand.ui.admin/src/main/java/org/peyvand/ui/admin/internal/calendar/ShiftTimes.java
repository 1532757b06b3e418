package org.peyvand.ui.admin.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peyvand.platform.core.text.PersianText;

/** Shift times as people type them: "8:00", "08:30" or "۰۸:۰۰". */
final class ShiftTimes {
    /** The days of an Iranian week, from Saturday. */
    static final List<DayOfWeek> WEEK = List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:٫.](\\d{2})");

    private ShiftTimes() {
    }

    /** The time, or empty for text that is none. */
    static Optional<LocalTime> parse(String text) {
        Matcher matcher = TIME.matcher(PersianText.toLatinDigits(text == null ? "" : text).strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = Integer.parseInt(matcher.group(2));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }
}
