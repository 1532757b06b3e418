package org.peyvand.platform.workflow;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * Working hours in a week; days not listed are off.
 *
 * @param inherited whether the unit takes these hours from a parent unit
 */
public record WorkingWeek(List<Shift> shifts, boolean inherited) {

    public WorkingWeek {
        shifts = List.copyOf(shifts);
    }

    /** One span of work on a weekday; a day may have several (such as morning and afternoon). */
    public record Shift(DayOfWeek day, LocalTime start, LocalTime end) {
    }
}
