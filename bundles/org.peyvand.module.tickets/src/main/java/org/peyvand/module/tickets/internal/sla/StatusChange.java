package org.peyvand.module.tickets.internal.sla;

import java.time.Instant;

import org.peyvand.module.tickets.TicketStatus;

/** A ticket entering a status at a moment; a ticket's first is its creation. */
public record StatusChange(TicketStatus status, Instant at) {
}
