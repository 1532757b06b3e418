package org.peyvand.ui.report.internal;

import java.time.DayOfWeek;
import java.time.format.TextStyle;

import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.report.ReportSchedule;

/** When a schedule runs, as the user reads it: days of the week by name, hours in Tehran's time. */
final class ScheduleText {

    private ScheduleText() {
    }

    /** "Every Saturday at 08:00", "Monthly on day 5 at 08:00". */
    static String when(ReportSchedule schedule, Messages messages, DisplayFormat format) {
        String hour = hour(schedule.hour() == null ? 0 : schedule.hour(), format);
        return switch (schedule.frequency()) {
            case DAILY -> messages.get("report.ui.schedule.daily", hour);
            case WEEKLY -> messages.get("report.ui.schedule.weekly", weekday(schedule.day(), messages, format), hour);
            case MONTHLY -> messages.get("report.ui.schedule.monthly", format.number(schedule.day()), hour);
        };
    }

    /**
     * The name of a day of the user's week as the schedules count them: 1 is Saturday in the Jalali
     * calendar and Monday in the Gregorian.
     */
    static String weekday(int day, Messages messages, DisplayFormat format) {
        DayOfWeek first = format.preferences().calendar() == CalendarSystem.JALALI ? DayOfWeek.SATURDAY : DayOfWeek.MONDAY;
        return first.plus(day - 1L).getDisplayName(TextStyle.FULL, messages.locale());
    }

    static String hour(int hour, DisplayFormat format) {
        return format.digits(String.format("%02d:00", hour));
    }
}
