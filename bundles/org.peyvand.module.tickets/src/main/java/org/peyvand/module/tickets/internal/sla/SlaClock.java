package org.peyvand.module.tickets.internal.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.peyvand.platform.workflow.SlaState;

/**
 * Reads a clock that counts working time against a target. The clock runs over its spans (a ticket
 * waiting for its customer is between two), so a pause moves the due time by the working time it
 * lasted, and a calendar that changes (a holiday added) moves it the next time it is read.
 */
public final class SlaClock {

    private SlaClock() {
    }

    /**
     * @param spans   the stretches the clock ran, oldest first; only the last may still run
     * @param stopped whether the clock stopped for good (answered, resolved) rather than paused
     * @param now     the moment of reading, for a clock that still runs
     */
    public static SlaReading read(SlaTarget target, List<ClockSpan> spans, boolean stopped, Instant now, WorkingCalendar calendar) {
        for (int i = 0; i < spans.size() - 1; i++) {
            if (spans.get(i).running()) {
                throw new IllegalArgumentException("only a clock's last span may still run");
            }
        }
        boolean running = !spans.isEmpty() && spans.get(spans.size() - 1).running();
        if (running && stopped) {
            throw new IllegalArgumentException("a stopped clock has no running span");
        }
        Duration used = Duration.ZERO;
        Instant warnAt = null;
        Instant dueAt = null;
        for (ClockSpan span : spans) {
            Instant end = span.running() ? later(now, span.from()) : span.to();
            Duration counted = calendar.between(span.from(), end);
            if (warnAt == null) {
                warnAt = reached(target.warning(), used, span, counted, calendar);
            }
            if (dueAt == null) {
                dueAt = reached(target.workingTime(), used, span, counted, calendar);
            }
            used = used.plus(counted);
        }
        Duration left = target.workingTime().minus(used);
        return new SlaReading(state(running, stopped, used, target, warnAt, dueAt, now), warnAt, dueAt, used,
                left.isNegative() ? Duration.ZERO : left);
    }

    /**
     * When, within this span, the clock reaches {@code mark}: null if the span ends before it. A
     * running span reaches every mark, at a time that may still lie ahead.
     */
    private static Instant reached(Duration mark, Duration usedBefore, ClockSpan span, Duration counted, WorkingCalendar calendar) {
        Duration needed = mark.minus(usedBefore);
        if (span.running() || counted.compareTo(needed) >= 0) {
            return calendar.add(span.from(), needed);
        }
        return null;
    }

    private static SlaState state(boolean running, boolean stopped, Duration used, SlaTarget target, Instant warnAt, Instant dueAt,
            Instant now) {
        if (stopped) {
            return used.compareTo(target.workingTime()) <= 0 ? SlaState.MET : SlaState.BREACHED;
        }
        if (!running) {
            return used.compareTo(target.workingTime()) >= 0 ? SlaState.OVERDUE : SlaState.PAUSED;
        }
        if (!now.isBefore(dueAt)) {
            return SlaState.OVERDUE;
        }
        return now.isBefore(warnAt) ? SlaState.ON_TIME : SlaState.WARNING;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
