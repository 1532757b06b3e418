package org.peyvand.module.tickets;

import java.time.Instant;

/**
 * One ticket, as every face shows it.
 *
 * @param assignee        the colleague working on it; null while it waits in its unit's queue
 * @param handlingUnitId  the org unit whose queue holds it and whose business calendar its SLA counts on
 * @param firstResponseAt when the team first replied to the customer
 * @param response        the first-response target
 * @param resolution      the resolution target
 * @param satisfaction    the customer's rating from 1 to 5 once it is closed; null until given
 */
public record Ticket(long id, String subject, String description, TicketChannel channel, TicketPriority priority, String tier,
        TicketStatus status, Long accountId, Long contactId, String product, String assignee, long handlingUnitId, String owner,
        long ownerUnitId, Instant createdAt, Instant updatedAt, Instant firstResponseAt, TicketSla response, TicketSla resolution,
        Integer satisfaction, long version) {
}
