package org.peyvand.module.activities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.peyvand.platform.core.calendar.CalendarSystem;

/**
 * How an activity repeats, counted from the start of its series.
 *
 * @param frequency how often: every {@code interval} days, weeks, months or years
 * @param interval  1 or more; {@code null} means 1
 * @param weekdays  the days of a weekly rule; empty means the start's weekday
 * @param calendar  whose months and years MONTHLY and YEARLY count: in the Jalali calendar "every month
 *                  on the 31st" falls on the 30th in Mehr to Bahman and on Esfand's last day; {@code null}
 *                  means the calendar of the user who sets the rule
 * @param until     the last day an occurrence may fall on; {@code null} for no end date
 * @param count     how many occurrences the series has at most, the first included; {@code null} for no limit
 */
public record Recurrence(Frequency frequency, Integer interval, Set<DayOfWeek> weekdays, CalendarSystem calendar, LocalDate until, Integer count) {

    public enum Frequency {
        DAILY, WEEKLY, MONTHLY, YEARLY
    }

    public Recurrence {
        weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
    }

    public int step() {
        return interval == null ? 1 : interval;
    }
}
