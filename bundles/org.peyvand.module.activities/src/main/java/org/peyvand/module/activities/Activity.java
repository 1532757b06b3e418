package org.peyvand.module.activities;

import java.time.Instant;
import java.util.List;

/**
 * One activity, as every face shows it.
 *
 * @param regardingType      the record type it is about ({@code accounts.account}, a designed type...); {@code null} for none
 * @param regardingId        that record's key
 * @param regardingTitle     that record's name as the caller may see it; {@code null} when it is gone, hidden or its module is away
 * @param regardingInstalled whether a module providing the record type is installed; an activity about a record of a
 *                           module that left still opens and says so
 * @param dueAt              when it is due; an open activity past it is overdue
 * @param recurrence         its rule when it repeats; {@code null} for a one-off
 * @param seriesStart        the first occurrence of its series, which the rule counts from; {@code null} for a one-off
 */
public record Activity(long id, ActivityKind kind, String subject, String description, String regardingType, String regardingId,
        String regardingTitle, boolean regardingInstalled, List<Participant> participants, Instant dueAt, Integer durationMinutes,
        ActivityStatus status, String outcome, Recurrence recurrence, Instant seriesStart, boolean overdue, String owner, long ownerUnitId,
        Instant createdAt, Instant updatedAt, long version) {

    public Activity {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
