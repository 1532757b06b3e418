package org.peyvand.platform.report;

import java.time.LocalDate;

import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.report.internal.calendar.Buckets;

/**
 * How a date groups: by day, by week (from Saturday in the Jalali calendar, Monday in the
 * Gregorian), month, quarter or year of either calendar. Jalali years are also the fiscal years,
 * which begin on 1 Farvardin.
 */
public enum DateBucket {
    DAY,
    JALALI_WEEK, JALALI_MONTH, JALALI_QUARTER, JALALI_YEAR,
    GREGORIAN_WEEK, GREGORIAN_MONTH, GREGORIAN_QUARTER, GREGORIAN_YEAR;

    /** The first day of this bucket holding {@code day}: what a grouped result shows for it. */
    public LocalDate firstDay(LocalDate day) {
        return Buckets.firstDay(this, day);
    }

    /**
     * The first day of the bucket after the one starting on {@code firstDay}: a bucket's records are
     * those from its first day up to, not including, this one (a drill-down's range).
     */
    public LocalDate next(LocalDate firstDay) {
        return Buckets.next(this, firstDay);
    }

    /**
     * The bucket starting on {@code firstDay} as a user reads it: "فروردین ۱۴۰۵", "Q1 1405", "Week of
     * 1405/01/01", a day in the user's calendar.
     */
    public String label(LocalDate firstDay, Messages messages, DisplayFormat format) {
        return Buckets.label(this, firstDay, messages, format);
    }
}
