package org.peyvand.module.occasions.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.List;

import org.peyvand.platform.core.calendar.JalaliDate;

/**
 * On which Gregorian days occasions fall. Yearly Jalali days are kept as month*100+day; the 30th of
 * Esfand, which only leap years have, is kept on the 29th in common years.
 */
final class OccasionCalendar {
    private static final int ESFAND = 12;

    private OccasionCalendar() {
    }

    /** The Jalali month*100+day of a date, as birthdays are kept. */
    static int monthDay(LocalDate date) {
        JalaliDate jalali = JalaliDate.from(date);
        return jalali.month() * 100 + jalali.day();
    }

    /** The yearly days celebrated on {@code date}: its own, and on 29 Esfand of a common year the 30th too. */
    static List<Integer> monthDaysOn(LocalDate date) {
        JalaliDate jalali = JalaliDate.from(date);
        int own = jalali.month() * 100 + jalali.day();
        if (jalali.month() == ESFAND && jalali.day() == 29 && !JalaliDate.isLeapYear(jalali.year())) {
            return List.of(own, ESFAND * 100 + 30);
        }
        return List.of(own);
    }

    static boolean solarFalls(int month, int day, LocalDate date) {
        return monthDaysOn(date).contains(month * 100 + day);
    }

    /**
     * Whether the Hijri month and day fall on {@code date} once moved by {@code correction} days: with
     * +1, Iran celebrates a day after the Umm al-Qura calendar. Outside that calendar's range, never.
     */
    static boolean lunarFalls(int month, int day, int correction, LocalDate date) {
        try {
            HijrahDate hijri = HijrahDate.from(date.minusDays(correction));
            return hijri.get(ChronoField.MONTH_OF_YEAR) == month && hijri.get(ChronoField.DAY_OF_MONTH) == day;
        } catch (DateTimeException outsideRange) {
            return false;
        }
    }

    /** Whether the Jalali month and day exist in some year (30 Esfand in leap years). */
    static boolean validMonthDay(Integer month, Integer day) {
        if (month == null || day == null || month < 1 || month > ESFAND || day < 1) {
            return false;
        }
        return day <= (month <= 6 ? 31 : 30);
    }
}
