package org.peyvand.module.tickets.internal.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.peyvand.module.tickets.SlaPolicy;
import org.peyvand.module.tickets.internal.jpa.TicketEntity;
import org.peyvand.platform.workflow.BusinessCalendarService;
import org.peyvand.platform.workflow.SlaState;

/**
 * Works out a ticket's two clocks under the policy of its priority and tier (or the standard tier's)
 * on its handling unit's business calendar, and stores what they say on the ticket.
 */
public final class TicketTiming {
    private static final SlaReading NO_TARGET = new SlaReading(SlaState.NONE, null, null, Duration.ZERO, Duration.ZERO);
    private final BusinessCalendarService calendars;
    private final SlaPolicies policies;

    public TicketTiming(BusinessCalendarService calendars, SlaPolicies policies) {
        this.calendars = calendars;
        this.policies = policies;
    }

    /**
     * @param changes the ticket's statuses, oldest first
     * @return the clocks that turned to warning or overdue
     */
    public List<SlaTurn> time(TicketEntity row, List<StatusChange> changes, Instant now) {
        SlaState response = row.responseState();
        SlaState resolution = row.resolutionState();
        SlaPolicy policy = policies.serving(row.tier(), row.priority()).orElse(null);
        if (policy == null) {
            row.sla(NO_TARGET, NO_TARGET, now);
        } else {
            WorkingCalendar calendar = WorkingCalendar.of(calendars, row.handlingUnitId());
            row.sla(TicketClocks.response(policy, row.createdAt(), row.firstResponseAt(), changes, now, calendar),
                    TicketClocks.resolution(policy, changes, now, calendar), now);
        }
        return Stream.concat(SlaTurn.of(row.id(), SlaTurn.Clock.RESPONSE, response, row.responseState()).stream(),
                SlaTurn.of(row.id(), SlaTurn.Clock.RESOLUTION, resolution, row.resolutionState()).stream()).toList();
    }
}
