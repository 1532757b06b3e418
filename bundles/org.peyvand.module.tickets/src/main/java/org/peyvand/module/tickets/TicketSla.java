package org.peyvand.module.tickets;

import java.time.Instant;

import org.peyvand.platform.workflow.SlaState;

/**
 * How a ticket stands against one of its targets, as last worked out: on a change to the ticket, a
 * change to the business calendar, and as warning and due times pass.
 *
 * @param warnAt null while the clock waits or where it stopped short of the warning
 * @param dueAt  null while the clock waits or where it stopped short of the target
 */
public record TicketSla(SlaState state, Instant warnAt, Instant dueAt) {
}
