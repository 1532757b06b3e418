package org.peyvand.module.activities;

import java.time.Instant;

/**
 * One activity on the calendar: a stored activity, or a later occurrence of an open recurring one
 * that is computed from its rule and not stored until the one before it is completed.
 *
 * @param activityId the stored activity it opens (for a computed occurrence, the open one of its series)
 * @param stored     whether it is the stored activity itself rather than a later occurrence
 */
public record Occurrence(long activityId, boolean stored, ActivityKind kind, String subject, Instant start, Integer durationMinutes,
        ActivityStatus status, boolean overdue) {
}
