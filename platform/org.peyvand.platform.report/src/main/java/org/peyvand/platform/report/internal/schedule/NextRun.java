package org.peyvand.platform.report.internal.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.report.ReportSchedule;

/**
 * When a schedule runs next, in Tehran's time and the owner's calendar: a week's first day is
 * Saturday in the Jalali calendar and Monday in the Gregorian; a monthly day past the month's end
 * runs on its last day (31 runs on 30 Mehr and on 29 Esfand of a common year).
 */
public final class NextRun {
    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    /** Far enough for any monthly day. */
    private static final int LOOK_AHEAD_DAYS = 62;

    private NextRun() {
    }

    /** The first run strictly after {@code after}. */
    public static Instant after(ReportSchedule.Frequency frequency, Integer day, int hour, CalendarSystem calendar, Instant after) {
        LocalDate date = after.atZone(TEHRAN).toLocalDate();
        for (int i = 0; i <= LOOK_AHEAD_DAYS; i++, date = date.plusDays(1)) {
            ZonedDateTime at = date.atTime(hour, 0).atZone(TEHRAN);
            if (at.toInstant().isAfter(after) && runsOn(frequency, day, calendar, date)) {
                return at.toInstant();
            }
        }
        throw new IllegalArgumentException("no run within " + LOOK_AHEAD_DAYS + " days: " + frequency + " " + day);
    }

    private static boolean runsOn(ReportSchedule.Frequency frequency, Integer day, CalendarSystem calendar, LocalDate date) {
        boolean jalali = calendar == CalendarSystem.JALALI;
        return switch (frequency) {
            case DAILY -> true;
            case WEEKLY -> dayOfWeek(date.getDayOfWeek(), jalali) == day;
            case MONTHLY -> {
                JalaliDate j = JalaliDate.from(date);
                int dayOfMonth = jalali ? j.day() : date.getDayOfMonth();
                int length = jalali ? j.lengthOfMonth() : date.lengthOfMonth();
                yield dayOfMonth == Math.min(day, length);
            }
        };
    }

    /** 1 for the first day of the week: Saturday in the Jalali calendar, Monday in the Gregorian. */
    static int dayOfWeek(DayOfWeek day, boolean jalali) {
        return jalali ? (day.getValue() + 1) % 7 + 1 : day.getValue();
    }
}
