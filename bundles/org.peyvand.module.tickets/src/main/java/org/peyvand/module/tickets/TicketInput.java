package org.peyvand.module.tickets;

/**
 * What a user enters for a ticket.
 *
 * @param tier      the customer's tier, which with the priority picks the SLA policy; null for the standard tier
 * @param accountId the organisation it is for, if any
 * @param contactId the person who raised it, if known
 */
public record TicketInput(String subject, String description, TicketChannel channel, TicketPriority priority, String tier, Long accountId,
        Long contactId, String product) {
}
