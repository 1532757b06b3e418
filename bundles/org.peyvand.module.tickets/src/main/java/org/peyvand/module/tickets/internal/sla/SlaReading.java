package org.peyvand.module.tickets.internal.sla;

import java.time.Duration;
import java.time.Instant;

import org.peyvand.platform.workflow.SlaState;

/**
 * How a clock stands at one moment.
 *
 * @param warnAt when the warning share was or will be used up; null while the clock is paused or once it stopped short of it
 * @param dueAt  when the target was or will be used up; null while the clock is paused or once it stopped short of it
 * @param used   the working time the clock has counted
 * @param left   the working time left before the due time, zero once it passed
 */
public record SlaReading(SlaState state, Instant warnAt, Instant dueAt, Duration used, Duration left) {
}
