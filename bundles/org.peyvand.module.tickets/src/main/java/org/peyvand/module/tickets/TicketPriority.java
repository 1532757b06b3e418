package org.peyvand.module.tickets;

/** How urgent a ticket is; with the customer's tier it picks the SLA policy. */
public enum TicketPriority {
    LOW, NORMAL, HIGH, URGENT
}
