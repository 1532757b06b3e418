package org.peyvand.module.activities.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.peyvand.module.activities.Recurrence;
import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.calendar.JalaliDate;

/**
 * The occurrences of a recurring activity, counted from the start of its series.
 *
 * <p>The design: a series is stored as one activity per occurrence that has been reached, and only
 * one of them is open at a time. Completing the open one stores the next occurrence of the rule as a
 * new open activity (a done occurrence keeps its own outcome and audit line); later occurrences are
 * never stored but computed here for the calendar. The rule and the series' start travel with each
 * row, so the count and the day of the month are always measured from the first occurrence: a
 * monthly series on the 31st that fell on Mehr's 30th is back on the 31st in Farvardin.
 *
 * <p>Dates are Tehran's: an occurrence keeps the series' time of day on its day. MONTHLY and YEARLY
 * count months and years of the rule's calendar; a day the month lacks falls on the month's last day
 * (the 31st of a Jalali month is the 30th in months 7 to 11 and Esfand's 29th or, in a leap year,
 * 30th; 30 Esfand of a leap year is the 29th in other years; 29 February is the 28th).
 * Weeks start on Saturday in the Jalali calendar and on Monday in the Gregorian one, which matters for
 * a rule every second week or more.
 */
public final class Recurrences {
    public static final ZoneId ZONE = ZoneId.of("Asia/Tehran");

    private final Recurrence rule;
    private final LocalDate start;
    private final LocalTime time;
    private final boolean jalali;

    public Recurrences(Recurrence rule, Instant seriesStart) {
        this.rule = rule;
        this.start = seriesStart.atZone(ZONE).toLocalDate();
        this.time = seriesStart.atZone(ZONE).toLocalTime();
        this.jalali = rule.calendar() != CalendarSystem.GREGORIAN;
    }

    /** Every occurrence in order, from the series' start; unending when the rule has neither count nor end date. */
    public Stream<Instant> occurrences() {
        Stream<LocalDate> dates = Stream.iterate(0L, k -> k + 1).flatMap(this::step).filter(date -> !date.isBefore(start));
        if (rule.until() != null) {
            dates = dates.takeWhile(date -> !date.isAfter(rule.until()));
        }
        if (rule.count() != null) {
            dates = dates.limit(rule.count());
        }
        return dates.map(date -> date.atTime(time).atZone(ZONE).toInstant());
    }

    /** The first occurrence after {@code due}; empty when the series ends before. */
    public Optional<Instant> after(Instant due) {
        return occurrences().filter(at -> at.isAfter(due)).findFirst();
    }

    /** The occurrences in {@code [from, to)}. */
    public List<Instant> between(Instant from, Instant to) {
        return occurrences().takeWhile(at -> at.isBefore(to)).filter(at -> !at.isBefore(from)).toList();
    }

    /** The dates of the {@code k}-th step of the rule: a day, the chosen days of a week, a day of a month or year. */
    private Stream<LocalDate> step(long k) {
        long steps = k * rule.step();
        return switch (rule.frequency()) {
            case DAILY -> Stream.of(start.plusDays(steps));
            case WEEKLY -> week(steps);
            case MONTHLY -> Stream.of(jalali ? jalaliMonth(steps) : gregorianMonth(steps));
            case YEARLY -> Stream.of(jalali ? jalaliMonth(steps * 12) : gregorianMonth(steps * 12));
        };
    }

    private Stream<LocalDate> week(long weeks) {
        DayOfWeek first = jalali ? DayOfWeek.SATURDAY : DayOfWeek.MONDAY;
        LocalDate weekStart = start.with(TemporalAdjusters.previousOrSame(first)).plusWeeks(weeks);
        Set<DayOfWeek> days = rule.weekdays().isEmpty() ? Set.of(start.getDayOfWeek()) : rule.weekdays();
        return days.stream().map(day -> (day.getValue() - first.getValue() + 7) % 7).sorted(Comparator.naturalOrder())
                .map(weekStart::plusDays);
    }

    private LocalDate jalaliMonth(long months) {
        JalaliDate first = JalaliDate.from(start);
        long index = first.year() * 12L + first.month() - 1 + months;
        int year = (int) (index / 12);
        int month = (int) (index % 12) + 1;
        int length = JalaliDate.of(year, month, 1).lengthOfMonth();
        return JalaliDate.of(year, month, Math.min(first.day(), length)).toLocalDate();
    }

    private LocalDate gregorianMonth(long months) {
        YearMonth month = YearMonth.from(start).plusMonths(months);
        return month.atDay(Math.min(start.getDayOfMonth(), month.lengthOfMonth()));
    }
}
