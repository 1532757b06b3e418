package org.peyvand.platform.timeline;

import java.time.Instant;
import java.util.Objects;

/**
 * One event on a record's timeline, in the caller's language.
 *
 * @param time     when it happened; the timeline is ordered by it, newest first
 * @param kind     what sort of entry it is, {@code <module>.<kind>} (e.g. {@code visits.visit}); the filter offers these
 * @param id       the entry's number within its kind (usually the id of the row it comes from); with the time and kind it
 *                 places the entry in the timeline's order, so it is unique within the kind
 * @param moduleId the module that contributed it
 * @param title    one line saying what happened
 * @param summary  more detail; may be {@code null}
 * @param actor    the username of who did it; may be {@code null}
 * @param open     whether it is still open (a planned call, an unanswered ticket): the summary counts these
 * @param link     the record it opens; {@code null} when it opens nothing
 */
public record TimelineEntry(Instant time, String kind, long id, String moduleId, String title, String summary, String actor,
        boolean open, TimelineLink link) {

    public TimelineEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(title, "title");
    }

    /** The entry's place in the timeline. */
    public TimelinePosition position() {
        return new TimelinePosition(time, kind, id);
    }
}
