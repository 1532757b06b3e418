package org.peyvand.platform.workflow.internal.model;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The ISO-8601 texts timers use: a date-time (without an offset it is Tehran time), a duration such
 * as {@code PT4H} or {@code P2D}, and a repeating interval {@code R[n]/[start/]duration}.
 */
public final class Schedules {
    public static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

    private Schedules() {
    }

    /** A repeating interval: {@code repeats} is -1 for no end. */
    public record Cycle(int repeats, Instant start, Duration period) {

        /** The same cycle after one firing. */
        public Cycle next() {
            return new Cycle(repeats < 0 ? -1 : repeats - 1, null, period);
        }

        public boolean exhausted() {
            return repeats == 0;
        }

        /** The cycle's text, kept with the job so restarts continue the count. */
        public String text() {
            return "R" + (repeats < 0 ? "" : String.valueOf(repeats)) + "/" + period;
        }
    }

    /** @throws DateTimeException when the text is not a positive duration */
    public static Duration duration(String text) {
        Duration duration = Duration.parse(text.trim());
        if (duration.isNegative() || duration.isZero()) {
            throw new DateTimeException("not a positive duration: " + text);
        }
        return duration;
    }

    /** @throws DateTimeException when the text is not a date-time */
    public static Instant date(String text) {
        String trimmed = text.trim();
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeException noOffset) {
            return LocalDateTime.parse(trimmed).atZone(IRAN).toInstant();
        }
    }

    /** @throws DateTimeException when the text is not a repeating interval */
    public static Cycle cycle(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length < 2 || parts.length > 3 || !parts[0].startsWith("R")) {
            throw new DateTimeException("not a repeating interval: " + text);
        }
        int repeats;
        try {
            repeats = parts[0].length() == 1 ? -1 : Integer.parseInt(parts[0].substring(1));
        } catch (NumberFormatException e) {
            throw new DateTimeException("not a repeat count: " + parts[0]);
        }
        if (repeats == 0 || repeats < -1) {
            throw new DateTimeException("not a repeat count: " + parts[0]);
        }
        Instant start = parts.length == 3 ? date(parts[1]) : null;
        return new Cycle(repeats, start, duration(parts[parts.length - 1]));
    }
}
