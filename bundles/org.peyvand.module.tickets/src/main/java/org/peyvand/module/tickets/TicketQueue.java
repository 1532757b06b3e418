package org.peyvand.module.tickets;

/**
 * Which open tickets a queue holds: those a unit handles, those in a colleague's hands, or those in
 * a colleague's hands within a unit.
 *
 * @param unitId   the handling unit; null for any
 * @param assignee the colleague; null for anyone, the unassigned included
 */
public record TicketQueue(Long unitId, String assignee) {
}
