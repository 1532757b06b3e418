package org.peyvand.module.activities;

import java.time.Instant;

/**
 * Which activities a list shows; every filter left {@code null} lets all through.
 *
 * @param text      words the subject starts with
 * @param owner     only those this colleague is responsible for
 * @param status    only those in this status
 * @param regardingType with {@code regardingId}: only those about this record
 * @param dueFrom   only those due at or after this
 * @param dueBefore only those due before this
 * @param overdue   only open ones past their due time
 */
public record ActivityQuery(String text, String owner, ActivityStatus status, String regardingType, String regardingId, Instant dueFrom, Instant dueBefore,
        boolean overdue) {
    public static final ActivityQuery ALL = new ActivityQuery(null, null, null, null, null, null, null, false);

    public static ActivityQuery regarding(String type, String id) {
        return new ActivityQuery(null, null, null, type, id, null, null, false);
    }
}
