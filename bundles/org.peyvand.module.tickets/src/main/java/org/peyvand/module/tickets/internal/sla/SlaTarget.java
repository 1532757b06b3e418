package org.peyvand.module.tickets.internal.sla;

import java.time.Duration;

/**
 * What a clock must meet: a span of working time, and the share of it after which the item is
 * flagged as close to its due time.
 */
public record SlaTarget(Duration workingTime, int warningPercent) {

    public SlaTarget {
        if (workingTime == null || workingTime.isZero() || workingTime.isNegative()) {
            throw new IllegalArgumentException("an SLA target is a positive working time");
        }
        if (warningPercent < 1 || warningPercent > 100) {
            throw new IllegalArgumentException("the warning share is a percentage from 1 to 100");
        }
    }

    Duration warning() {
        return workingTime.multipliedBy(warningPercent).dividedBy(100);
    }
}
