package org.peyvand.module.tickets.internal.sla;

import java.time.Duration;
import java.time.Instant;

import org.peyvand.platform.workflow.BusinessCalendarService;

/** One org unit's working time, as the business calendar counts it: its shifts less the holidays. */
public interface WorkingCalendar {

    /** The instant at which {@code workingTime} of work begun at {@code from} is done. */
    Instant add(Instant from, Duration workingTime);

    /** The working time between two instants; zero when {@code to} is not after {@code from}. */
    Duration between(Instant from, Instant to);

    /** The unit's calendar as the kernel keeps it: its own hours or its nearest ancestor's, less the holidays. */
    static WorkingCalendar of(BusinessCalendarService calendars, long unitId) {
        return new WorkingCalendar() {
            @Override
            public Instant add(Instant from, Duration workingTime) {
                return calendars.addWorkingTime(unitId, from, workingTime);
            }

            @Override
            public Duration between(Instant from, Instant to) {
                return calendars.workingTimeBetween(unitId, from, to);
            }
        };
    }
}
