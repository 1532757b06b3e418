package org.peyvand.platform.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.security.Caller;

/**
 * Working time: the working hours of each org unit (a unit without its own inherits its parent's,
 * the root's default is Saturday to Wednesday with a short Thursday, in Tehran time) and the official
 * holidays, which administrators keep for each year because the lunar ones move.
 */
@ProviderType
public interface BusinessCalendarService {

    /**
     * Posted over Event Admin after each committed change to holidays or working hours, so that what
     * was worked out on the calendar (due times) can be worked out again.
     */
    String CHANGED_TOPIC = "crm/calendar/changed";

    /** The instant {@code workingTime} of working time after {@code from}, on the calendar of {@code unitId}. */
    Instant addWorkingTime(long unitId, Instant from, Duration workingTime);

    /** The working time between two instants on the calendar of {@code unitId}; zero when {@code to} is not after {@code from}. */
    Duration workingTimeBetween(long unitId, Instant from, Instant to);

    /** The holidays of a Jalali year, in date order. */
    List<Holiday> holidays(Caller caller, int jalaliYear);

    Holiday addHoliday(Caller caller, Holiday holiday);

    void removeHoliday(Caller caller, long id);

    /** The hours in force for a unit, its own or inherited. */
    WorkingWeek week(Caller caller, long unitId);

    /** Gives the unit its own hours; null gives it its parent's again. */
    WorkingWeek setWeek(Caller caller, long unitId, WorkingWeek week);
}
