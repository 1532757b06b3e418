package org.peyvand.module.tickets;

/**
 * The targets of tickets of one priority for customers of one tier, in minutes of working time on
 * the handling unit's business calendar.
 *
 * @param tier            the customer tier's code; {@link #STANDARD} serves customers without one of their own
 * @param warningPercent  the share of a target after which a ticket is flagged as close to it
 */
public record SlaPolicy(long id, TicketPriority priority, String tier, int responseMinutes, int resolutionMinutes, int warningPercent,
        long version) {
    public static final String STANDARD = "standard";
}
