package org.peyvand.platform.core.calendar;

/** The calendar in which dates are shown to and entered by a user. */
public enum CalendarSystem {
    /** The Solar Hijri (Persian) calendar used in Iran. */
    JALALI,
    /** The ISO-8601 (proleptic Gregorian) calendar of {@code java.time}. */
    GREGORIAN
}
