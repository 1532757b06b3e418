package org.peyvand.module.activities;

import java.time.Instant;
import java.util.List;

/**
 * What a user enters for an activity; the service validates and normalises it.
 *
 * @param regardingType the record type it is about, with {@code regardingId}; both blank for none
 * @param participants  {@code user:<username>} or {@code contact:<id>} each
 * @param owner         the colleague responsible for it; blank means the one entering it
 * @param recurrence    its rule; {@code null} for a one-off
 */
public record ActivityInput(ActivityKind kind, String subject, String description, String regardingType, String regardingId,
        List<String> participants, String owner, Instant dueAt, Integer durationMinutes, Recurrence recurrence) {

    public ActivityInput {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
