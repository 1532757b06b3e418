package org.peyvand.platform.report.internal.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** The days from {@code from} up to, not including, {@code to}: the form a date filter compares with. */
public record DayRange(LocalDate from, LocalDate to) {

    public DayRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("empty range " + from + " to " + to);
        }
    }
}
