package org.peyvand.module.tickets.internal.sla;

import java.time.Instant;

/** A stretch during which a clock ran; {@code to} is null while it still runs. */
public record ClockSpan(Instant from, Instant to) {

    public ClockSpan {
        if (from == null || (to != null && to.isBefore(from))) {
            throw new IllegalArgumentException("a clock span starts, and ends no earlier than it starts");
        }
    }

    public boolean running() {
        return to == null;
    }
}
