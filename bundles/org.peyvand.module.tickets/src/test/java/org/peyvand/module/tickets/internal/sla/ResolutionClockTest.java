package org.peyvand.module.tickets.internal.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peyvand.module.tickets.TicketStatus.ASSIGNED;
import static org.peyvand.module.tickets.TicketStatus.CLOSED;
import static org.peyvand.module.tickets.TicketStatus.IN_PROGRESS;
import static org.peyvand.module.tickets.TicketStatus.NEW;
import static org.peyvand.module.tickets.TicketStatus.REOPENED;
import static org.peyvand.module.tickets.TicketStatus.RESOLVED;
import static org.peyvand.module.tickets.TicketStatus.WAITING_FOR_CUSTOMER;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peyvand.module.tickets.TicketStatus;

class ResolutionClockTest {
    private static final Instant T0 = Instant.parse("2026-03-07T05:30:00Z");

    private static StatusChange at(TicketStatus status, int minutes) {
        return new StatusChange(status, T0.plusSeconds(60L * minutes));
    }

    private static ClockSpan span(int from, Integer to) {
        return new ClockSpan(T0.plusSeconds(60L * from), to == null ? null : T0.plusSeconds(60L * to));
    }

    @Test
    void theClockRunsWhileTheTeamWorksAndWaitsWhileTheCustomerIsAsked() {
        List<StatusChange> changes = List.of(at(NEW, 0), at(ASSIGNED, 10), at(IN_PROGRESS, 20), at(WAITING_FOR_CUSTOMER, 60),
                at(IN_PROGRESS, 200));
        assertThat(ResolutionClock.spans(changes)).containsExactly(span(0, 60), span(200, null));
        assertThat(ResolutionClock.stopped(changes)).isFalse();
    }

    @Test
    void resolvingStopsItAndReopeningRunsItOn() {
        List<StatusChange> resolved = List.of(at(NEW, 0), at(RESOLVED, 90));
        assertThat(ResolutionClock.spans(resolved)).containsExactly(span(0, 90));
        assertThat(ResolutionClock.stopped(resolved)).isTrue();

        List<StatusChange> reopened = List.of(at(NEW, 0), at(RESOLVED, 90), at(CLOSED, 100), at(REOPENED, 500));
        assertThat(ResolutionClock.spans(reopened)).containsExactly(span(0, 90), span(500, null));
        assertThat(ResolutionClock.stopped(reopened)).isFalse();

        List<StatusChange> askedThenClosed = List.of(at(NEW, 0), at(WAITING_FOR_CUSTOMER, 30), at(CLOSED, 300));
        assertThat(ResolutionClock.spans(askedThenClosed)).containsExactly(span(0, 30));
        assertThat(ResolutionClock.stopped(askedThenClosed)).isTrue();
    }

    @Test
    void aTicketMovesOnlyAlongItsLifecycleAndIsKeptOnceClosed() {
        assertThat(NEW.canMoveTo(RESOLVED)).isTrue();
        assertThat(NEW.canMoveTo(NEW)).isFalse();
        assertThat(NEW.canMoveTo(REOPENED)).as("only a finished ticket is reopened").isFalse();
        assertThat(RESOLVED.next()).containsExactlyInAnyOrder(CLOSED, REOPENED);
        assertThat(CLOSED.next()).containsExactly(REOPENED);
        assertThat(REOPENED.canMoveTo(IN_PROGRESS)).isTrue();
        assertThat(CLOSED.editable()).isFalse();
        assertThat(RESOLVED.editable()).isTrue();
        assertThat(WAITING_FOR_CUSTOMER.open()).isTrue();
        assertThat(WAITING_FOR_CUSTOMER.clockRuns()).isFalse();
    }
}
