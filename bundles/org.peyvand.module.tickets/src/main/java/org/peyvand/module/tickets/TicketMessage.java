package org.peyvand.module.tickets;

import java.time.Instant;

/**
 * A reply to the customer, or a note the team keeps to itself.
 *
 * @param internal true for a note the customer never sees
 */
public record TicketMessage(long id, long ticketId, boolean internal, String body, String author, Instant createdAt) {
}
