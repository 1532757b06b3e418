package org.peyvand.platform.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Comparator;
import java.util.Objects;

import org.peyvand.platform.core.error.ValidationException;

/**
 * A place in a timeline: entries are ordered by time, then kind, then id, all descending, so
 * entries at the same instant still have one order and keyset paging never skips or repeats one.
 * As a client's cursor it is opaque (URL-safe Base64).
 */
public record TimelinePosition(Instant time, String kind, long id) {
    /** Newest first: the timeline's order. */
    public static final Comparator<TimelinePosition> NEWEST_FIRST = Comparator.comparing(TimelinePosition::time)
            .thenComparing(TimelinePosition::kind).thenComparingLong(TimelinePosition::id).reversed();
    private static final char SEPARATOR = '\u001F';

    public TimelinePosition {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether {@code entry} comes after this position in the timeline's order (is older). */
    public boolean isBefore(TimelineEntry entry) {
        return NEWEST_FIRST.compare(entry.position(), this) > 0;
    }

    /**
     * For a provider's query of one kind: entries of {@code ofKind} at exactly {@link #time()}
     * come after this position when their id is below the answer, so a query reads
     * {@code time < :time OR (time = :time AND id < :bound)}. {@link Long#MAX_VALUE} takes them all,
     * {@link Long#MIN_VALUE} none.
     */
    public long idBound(String ofKind) {
        int order = ofKind.compareTo(kind);
        return order < 0 ? Long.MAX_VALUE : order > 0 ? Long.MIN_VALUE : id;
    }

    public String encode() {
        String raw = time + String.valueOf(SEPARATOR) + kind + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** A client's cursor, refused naming the field {@code before} when it is malformed. */
    public static TimelinePosition decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(String.valueOf(SEPARATOR), -1);
            if (parts.length != 3 || parts[1].isEmpty()) {
                throw invalid();
            }
            return new TimelinePosition(Instant.parse(parts[0]), parts[1], Long.parseLong(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid();
        }
    }

    private static ValidationException invalid() {
        return ValidationException.of("before", "core.error.cursor");
    }
}
