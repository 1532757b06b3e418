package org.peyvand.module.tickets.internal.sla;

import java.util.ArrayList;
import java.util.List;

/** The spans of a ticket's resolution clock, from the statuses it went through. */
public final class ResolutionClock {

    private ResolutionClock() {
    }

    /** @param changes the ticket's status changes, oldest first, beginning with its creation */
    public static List<ClockSpan> spans(List<StatusChange> changes) {
        List<ClockSpan> spans = new ArrayList<>();
        ClockSpan open = null;
        for (StatusChange change : changes) {
            if (change.status().clockRuns() && open == null) {
                open = new ClockSpan(change.at(), null);
            } else if (!change.status().clockRuns() && open != null) {
                spans.add(new ClockSpan(open.from(), change.at()));
                open = null;
            }
        }
        if (open != null) {
            spans.add(open);
        }
        return spans;
    }

    /** Whether the clock stopped for good: the ticket was last resolved or closed, not waiting for its customer. */
    public static boolean stopped(List<StatusChange> changes) {
        return !changes.isEmpty() && !changes.get(changes.size() - 1).status().open();
    }
}
