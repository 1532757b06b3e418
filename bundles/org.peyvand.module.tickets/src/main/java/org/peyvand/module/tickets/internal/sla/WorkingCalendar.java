package org.peyvand.module.tickets.internal.sla;

import java.time.Duration;
import java.time.Instant;

/** One org unit's working time, as the business calendar counts it: its shifts less the holidays. */
public interface WorkingCalendar {

    /** The instant at which {@code workingTime} of work begun at {@code from} is done. */
    Instant add(Instant from, Duration workingTime);

    /** The working time between two instants; zero when {@code to} is not after {@code from}. */
    Duration between(Instant from, Instant to);
}
