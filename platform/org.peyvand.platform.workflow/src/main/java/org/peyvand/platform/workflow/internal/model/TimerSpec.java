package org.peyvand.platform.workflow.internal.model;

/**
 * A timer of a start, catch or boundary event.
 *
 * @param text        an ISO-8601 date-time, duration or repeating interval ({@code R3/PT1H})
 * @param workingTime whether a duration counts working time on the business calendar
 */
public record TimerSpec(Kind kind, String text, boolean workingTime) {

    public enum Kind {
        DATE, DURATION, CYCLE
    }
}
