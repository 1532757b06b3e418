package org.peyvand.platform.report;

/**
 * How a date groups: by day, by week (from Saturday in the Jalali calendar, Monday in the
 * Gregorian), month, quarter or year of either calendar. Jalali years are also the fiscal years,
 * which begin on 1 Farvardin.
 */
public enum DateBucket {
    DAY,
    JALALI_WEEK, JALALI_MONTH, JALALI_QUARTER, JALALI_YEAR,
    GREGORIAN_WEEK, GREGORIAN_MONTH, GREGORIAN_QUARTER, GREGORIAN_YEAR
}
