package org.peyvand.module.tickets;

/** How a ticket reached the team. */
public enum TicketChannel {
    WORKSPACE, PORTAL, EMAIL, SMS, PHONE, FAX, IN_PERSON
}
