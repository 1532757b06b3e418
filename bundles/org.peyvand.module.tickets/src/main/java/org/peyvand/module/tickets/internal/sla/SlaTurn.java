package org.peyvand.module.tickets.internal.sla;

import java.util.Locale;
import java.util.Optional;

import org.peyvand.module.tickets.internal.Permissions;
import org.peyvand.platform.core.event.RecordEvents;
import org.peyvand.platform.workflow.SlaState;

/**
 * A ticket's clock that turned to {@link SlaState#WARNING} or {@link SlaState#OVERDUE} when read:
 * announced on {@code crm/sla/tickets_ticket/<clock>_<state>} ({@code response_warning},
 * {@code resolution_overdue}...), where escalation processes start.
 */
public record SlaTurn(long ticketId, Clock clock, SlaState state) {

    public enum Clock {
        RESPONSE, RESOLUTION
    }

    public String topic() {
        return RecordEvents.topic("sla", Permissions.TYPE, (clock + "_" + state).toLowerCase(Locale.ROOT));
    }

    /** The turn from {@code before} to {@code after}, if the clock turned to a state that calls for action. */
    static Optional<SlaTurn> of(long ticketId, Clock clock, SlaState before, SlaState after) {
        boolean alarming = after == SlaState.WARNING || after == SlaState.OVERDUE;
        return alarming && before != after ? Optional.of(new SlaTurn(ticketId, clock, after)) : Optional.empty();
    }
}
