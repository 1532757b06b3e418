package org.peyvand.module.tickets;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket stands. The resolution clock runs while it is open and in the team's hands, waits
 * while the team waits for the customer, and stops once it is resolved or closed; a reopened ticket
 * runs it on from where it stopped.
 */
public enum TicketStatus {
    NEW, ASSIGNED, IN_PROGRESS, WAITING_FOR_CUSTOMER, RESOLVED, CLOSED, REOPENED;

    /** The statuses a ticket may move to from this one. */
    public Set<TicketStatus> next() {
        return switch (this) {
            case NEW, ASSIGNED, IN_PROGRESS, WAITING_FOR_CUSTOMER, REOPENED -> {
                Set<TicketStatus> open = EnumSet.of(ASSIGNED, IN_PROGRESS, WAITING_FOR_CUSTOMER, RESOLVED, CLOSED);
                open.remove(this);
                yield open;
            }
            case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
            case CLOSED -> EnumSet.of(REOPENED);
        };
    }

    public boolean canMoveTo(TicketStatus status) {
        return next().contains(status);
    }

    /** Whether the ticket still asks for work, so counts in queues and backlogs. */
    public boolean open() {
        return this != RESOLVED && this != CLOSED;
    }

    /** Whether the resolution clock runs in this status. */
    public boolean clockRuns() {
        return open() && this != WAITING_FOR_CUSTOMER;
    }

    /** A closed ticket is kept as it was closed: it changes again only once reopened. */
    public boolean editable() {
        return this != CLOSED;
    }
}
