package org.peyvand.module.activities.internal.rest;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

import org.peyvand.module.activities.ActivityInput;
import org.peyvand.module.activities.ActivityKind;
import org.peyvand.module.activities.Recurrence;
import org.peyvand.module.activities.internal.Moments;
import org.peyvand.platform.core.calendar.CalendarSystem;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON body of a create or change; {@code version} is the one read, required on change. */
public record ActivityPayload(ActivityKind kind, String subject, String description,
        @Schema(description = "The record type it is about, e.g. accounts.account") String regardingType,
        @Schema(description = "That record's id") String regardingId,
        @Schema(description = "user:<username> or contact:<id> each") List<String> participants,
        @Schema(description = "The responsible colleague's username; the caller when left out") String owner,
        @Schema(description = "An instant, or a Jalali (1404/01/15 09:30) or ISO (2025-04-04T09:30) day and time in Tehran", example = "1404/01/15 09:30")
        String dueAt,
        Integer durationMinutes, Rule recurrence, Long version) {

    /** A recurrence rule; {@code until} is a Jalali or ISO day. */
    public record Rule(Recurrence.Frequency frequency, Integer interval, Set<DayOfWeek> weekdays, CalendarSystem calendar, String until,
            Integer count) {
    }

    ActivityInput toInput() {
        Recurrence rule = recurrence == null ? null
                : new Recurrence(recurrence.frequency(), recurrence.interval(), recurrence.weekdays(), recurrence.calendar(),
                        Moments.date(recurrence.until(), "recurrence.until"), recurrence.count());
        return new ActivityInput(kind, subject, description, regardingType, regardingId, participants, owner, Moments.instant(dueAt, "dueAt"),
                durationMinutes, rule);
    }

    long requiredVersion() {
        return ActivityResource.requiredVersion(version);
    }
}
