package org.peyvand.platform.report;

/**
 * A stretch of time named relative to today, in the user's calendar: "this Jalali month" is
 * Farvardin for a Persian user on 5 Farvardin, "this week" starts on Saturday.
 *
 * @param days for {@link Kind#LAST_DAYS}: how many days, today included; unused by the other kinds
 */
public record Period(Kind kind, Integer days) {

    public enum Kind {
        TODAY, YESTERDAY, THIS_WEEK, LAST_WEEK, THIS_MONTH, LAST_MONTH, THIS_QUARTER, LAST_QUARTER, THIS_YEAR, LAST_YEAR,
        /** The fiscal year, which begins on 1 Farvardin. */
        THIS_FISCAL_YEAR, LAST_DAYS
    }

    public static Period of(Kind kind) {
        return new Period(kind, null);
    }

    public static Period lastDays(int days) {
        return new Period(Kind.LAST_DAYS, days);
    }
}
