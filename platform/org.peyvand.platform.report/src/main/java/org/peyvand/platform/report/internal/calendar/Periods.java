package org.peyvand.platform.report.internal.calendar;

import java.time.LocalDate;
import java.util.Objects;

import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.report.DateBucket;
import org.peyvand.platform.report.Period;

/**
 * Turns a {@link Period} into the days it covers for a given today, in the user's calendar: a
 * Jalali week starts on Saturday, a Gregorian one on Monday, and the fiscal year on 1 Farvardin in
 * both calendars.
 */
public final class Periods {
    /** The longest {@link Period.Kind#LAST_DAYS}: about ten years. */
    public static final int MAX_DAYS = 3660;

    private Periods() {
    }

    /**
     * @param today the current day in Tehran
     * @throws ValidationException on field {@code period} when it is missing or is a {@link Period.Kind#LAST_DAYS}
     *         outside 1..{@value #MAX_DAYS}
     */
    public static DayRange resolve(Period period, LocalDate today, CalendarSystem calendar) {
        Objects.requireNonNull(today, "today");
        if (period == null || period.kind() == null) {
            throw ValidationException.of("period", "core.error.required");
        }
        boolean jalali = calendar == CalendarSystem.JALALI;
        return switch (period.kind()) {
            case TODAY -> new DayRange(today, today.plusDays(1));
            case YESTERDAY -> new DayRange(today.minusDays(1), today);
            case THIS_WEEK -> current(jalali ? DateBucket.JALALI_WEEK : DateBucket.GREGORIAN_WEEK, today);
            case LAST_WEEK -> previous(jalali ? DateBucket.JALALI_WEEK : DateBucket.GREGORIAN_WEEK, today);
            case THIS_MONTH -> current(jalali ? DateBucket.JALALI_MONTH : DateBucket.GREGORIAN_MONTH, today);
            case LAST_MONTH -> previous(jalali ? DateBucket.JALALI_MONTH : DateBucket.GREGORIAN_MONTH, today);
            case THIS_QUARTER -> current(jalali ? DateBucket.JALALI_QUARTER : DateBucket.GREGORIAN_QUARTER, today);
            case LAST_QUARTER -> previous(jalali ? DateBucket.JALALI_QUARTER : DateBucket.GREGORIAN_QUARTER, today);
            case THIS_YEAR -> current(jalali ? DateBucket.JALALI_YEAR : DateBucket.GREGORIAN_YEAR, today);
            case LAST_YEAR -> previous(jalali ? DateBucket.JALALI_YEAR : DateBucket.GREGORIAN_YEAR, today);
            case THIS_FISCAL_YEAR -> current(DateBucket.JALALI_YEAR, today);
            case LAST_DAYS -> lastDays(period.days(), today);
        };
    }

    /**
     * The days of the period just before the one {@code period} names today, which a figure is
     * compared with: last month for this month (all of it), the month before for last month, the
     * 30 days before the last 30.
     */
    public static DayRange before(Period period, LocalDate today, CalendarSystem calendar) {
        DayRange current = resolve(period, today, calendar);
        boolean past = switch (period.kind()) {
            case YESTERDAY, LAST_WEEK, LAST_MONTH, LAST_QUARTER, LAST_YEAR -> true;
            default -> false;
        };
        return resolve(period, past ? current.to().minusDays(1) : current.from().minusDays(1), calendar);
    }

    private static DayRange current(DateBucket bucket, LocalDate today) {
        LocalDate first = Buckets.firstDay(bucket, today);
        return new DayRange(first, Buckets.next(bucket, first));
    }

    private static DayRange previous(DateBucket bucket, LocalDate today) {
        LocalDate end = Buckets.firstDay(bucket, today);
        return new DayRange(Buckets.firstDay(bucket, end.minusDays(1)), end);
    }

    private static DayRange lastDays(Integer days, LocalDate today) {
        if (days == null || days < 1 || days > MAX_DAYS) {
            throw ValidationException.of("period", "core.error.range", 1, MAX_DAYS);
        }
        return new DayRange(today.minusDays(days - 1L), today.plusDays(1));
    }
}
