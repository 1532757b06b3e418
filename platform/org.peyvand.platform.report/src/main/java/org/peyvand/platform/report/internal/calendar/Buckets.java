package org.peyvand.platform.report.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;

import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.report.DateBucket;

/**
 * The date buckets reports group by, computed in Java by the same rule as the rows of rpt_day, so a
 * filter or a drill-down finds a bucket's days without asking the database.
 */
public final class Buckets {
    private static final int ESFAND = 12;

    private Buckets() {
    }

    /** The first day of the bucket holding {@code day}. */
    public static LocalDate firstDay(DateBucket bucket, LocalDate day) {
        return switch (bucket) {
            case DAY -> day;
            case JALALI_WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            case GREGORIAN_WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case JALALI_MONTH -> jalaliFirst(day, 1);
            case JALALI_QUARTER -> jalaliFirst(day, 3);
            case JALALI_YEAR -> jalaliFirst(day, 12);
            case GREGORIAN_MONTH -> day.withDayOfMonth(1);
            case GREGORIAN_QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case GREGORIAN_YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first day of the bucket after the one starting on {@code firstDay}. */
    public static LocalDate next(DateBucket bucket, LocalDate firstDay) {
        return switch (bucket) {
            case DAY -> firstDay.plusDays(1);
            case JALALI_WEEK, GREGORIAN_WEEK -> firstDay.plusWeeks(1);
            case JALALI_MONTH -> jalaliAfter(firstDay, 1);
            case JALALI_QUARTER -> jalaliAfter(firstDay, 3);
            case JALALI_YEAR -> jalaliAfter(firstDay, 12);
            case GREGORIAN_MONTH -> firstDay.plusMonths(1);
            case GREGORIAN_QUARTER -> firstDay.plusMonths(3);
            case GREGORIAN_YEAR -> firstDay.plusYears(1);
        };
    }

    /**
     * The bucket starting on {@code firstDay} as a user reads it: "فروردین ۱۴۰۵" or "Farvardin 1405",
     * "سه‌ماههٔ اول ۱۴۰۵" or "Q1 1405", a week by its first day, a day as a date of the user's calendar.
     *
     * @param messages the user's language, for the words around the numbers
     * @param format the user's calendar (for days) and digits
     */
    public static String label(DateBucket bucket, LocalDate firstDay, Messages messages, DisplayFormat format) {
        return switch (bucket) {
            case DAY -> format.date(firstDay);
            case JALALI_WEEK -> format.digits(messages.get("report.bucket.weekOf", JalaliDate.from(firstDay).toString()));
            case GREGORIAN_WEEK -> format.digits(messages.get("report.bucket.weekOf", DateTimeFormatter.ISO_LOCAL_DATE.format(firstDay)));
            case JALALI_MONTH -> {
                JalaliDate jalali = JalaliDate.from(firstDay);
                yield format.digits(jalali.monthName(messages.locale()) + " " + jalali.year());
            }
            case JALALI_QUARTER -> {
                JalaliDate jalali = JalaliDate.from(firstDay);
                yield quarter(messages, format, (jalali.month() - 1) / 3 + 1, jalali.year());
            }
            case JALALI_YEAR -> format.digits(Integer.toString(JalaliDate.from(firstDay).year()));
            case GREGORIAN_MONTH -> format.digits(DateTimeFormatter.ofPattern("LLLL uuuu", messages.locale()).format(firstDay));
            case GREGORIAN_QUARTER -> quarter(messages, format, (firstDay.getMonthValue() - 1) / 3 + 1, firstDay.getYear());
            case GREGORIAN_YEAR -> format.digits(Integer.toString(firstDay.getYear()));
        };
    }

    // The year goes in as text: as a number the pattern would group it ("1,405") in the language's digits.
    private static String quarter(Messages messages, DisplayFormat format, int quarter, int year) {
        return format.digits(messages.get("report.bucket.quarterOf", quarter, Integer.toString(year)));
    }

    /** The first day of the Jalali month, quarter ({@code months} 3) or year (12) holding {@code day}. */
    private static LocalDate jalaliFirst(LocalDate day, int months) {
        JalaliDate jalali = JalaliDate.from(day);
        return JalaliDate.of(jalali.year(), (jalali.month() - 1) / months * months + 1, 1).toLocalDate();
    }

    private static LocalDate jalaliAfter(LocalDate firstDay, int months) {
        JalaliDate jalali = JalaliDate.from(firstDay);
        int month = jalali.month() + months;
        return month > ESFAND
                ? JalaliDate.of(jalali.year() + 1, month - ESFAND, 1).toLocalDate()
                : JalaliDate.of(jalali.year(), month, 1).toLocalDate();
    }
}
