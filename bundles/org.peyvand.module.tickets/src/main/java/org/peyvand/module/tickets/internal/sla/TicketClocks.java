package org.peyvand.module.tickets.internal.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.peyvand.module.tickets.SlaPolicy;

/** A ticket's two clocks, read from its history on its handling unit's calendar. */
public final class TicketClocks {

    private TicketClocks() {
    }

    /**
     * The first-response clock runs from creation until the team first replies; a ticket resolved or
     * closed without a reply stops it there.
     */
    public static SlaReading response(SlaPolicy policy, Instant createdAt, Instant firstResponseAt, List<StatusChange> changes, Instant now,
            WorkingCalendar calendar) {
        Instant end = firstResponseAt != null ? firstResponseAt
                : changes.stream().filter(change -> !change.status().open()).map(StatusChange::at).findFirst().orElse(null);
        return SlaClock.read(new SlaTarget(Duration.ofMinutes(policy.responseMinutes()), policy.warningPercent()),
                List.of(new ClockSpan(createdAt, end)), end != null, now, calendar);
    }

    /** The resolution clock: see {@link ResolutionClock}. */
    public static SlaReading resolution(SlaPolicy policy, List<StatusChange> changes, Instant now, WorkingCalendar calendar) {
        return SlaClock.read(new SlaTarget(Duration.ofMinutes(policy.resolutionMinutes()), policy.warningPercent()),
                ResolutionClock.spans(changes), ResolutionClock.stopped(changes), now, calendar);
    }
}
