package org.peyvand.platform.report;

import java.time.Instant;

/**
 * A saved report exported on its own, as its owner with their rights at the time, into their
 * exports, where they find the files (and, once mail is installed, receive them).
 *
 * @param id given when the schedule is created
 * @param day for {@link Frequency#WEEKLY} the day of the owner's week, 1 to 7 (Saturday first in the
 *        Jalali calendar, Monday in the Gregorian); for {@link Frequency#MONTHLY} the day of the
 *        owner's month, 1 to 31, a day past the month's end meaning its last; unused daily
 * @param hour the hour of the day in Tehran, 0 to 23
 * @param lastExport the export the last run started; {@code lastError} a message key when it could not start one
 */
public record ReportSchedule(Long id, String report, ExportFormat format, Frequency frequency, Integer day, Integer hour, Instant nextRun,
        Instant lastRun, String lastExport, String lastError) {

    public enum Frequency {
        DAILY, WEEKLY, MONTHLY
    }

    /** A schedule to create. */
    public static ReportSchedule of(String report, ExportFormat format, Frequency frequency, Integer day, Integer hour) {
        return new ReportSchedule(null, report, format, frequency, day, hour, null, null, null, null);
    }
}
