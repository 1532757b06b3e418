package org.peyvand.module.activities.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.peyvand.module.activities.ActivityInput;
import org.peyvand.module.activities.Participant;
import org.peyvand.module.activities.Recurrence;
import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.error.Validator;

/** The rules of an activity's own fields; sizes mirror the columns of {@code act_activity}. */
final class ActivityValidator {
    static final int SUBJECT_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int OUTCOME_MAX = 2000;
    static final int OWNER_MAX = 100;
    static final int PARTICIPANTS_MAX = 20;
    static final int PARTICIPANTS_CHARS = 2000;
    static final int DURATION_MAX = 7 * 24 * 60;
    static final int INTERVAL_MAX = 99;
    static final int COUNT_MAX = 500;

    /** What the validator asks of the rest of the system. */
    interface Directory {
        /** Whether a module provides the record type. */
        boolean knowsType(String type);

        /** Whether the record exists and the caller may see it. */
        boolean sees(String type, String key);

        /** The contact record type, through which contact participants are found. */
        String contactType();

        String usersType();
    }

    /**
     * @param username    who enters it; the owner when none is given
     * @param calendar    the calendar of a rule that names none: the user's
     * @return the input with values stripped, blanks as {@code null}, participants normalised
     * @throws org.peyvand.platform.core.error.ValidationException naming every invalid field at once
     */
    ActivityInput validate(ActivityInput input, String username, CalendarSystem calendar, Directory directory) {
        Validator validator = new Validator();
        if (input.kind() == null) {
            validator.reject("kind", "core.error.required");
        }
        String subject = clean(input.subject());
        validator.required(subject, "subject").maxLength(subject, SUBJECT_MAX, "subject");
        String description = clean(input.description());
        validator.maxLength(description, DESCRIPTION_MAX, "description");

        String type = clean(input.regardingType());
        String key = clean(input.regardingId());
        if (type == null && key != null) {
            validator.reject("regardingType", "core.error.required");
        } else if (type != null && key == null) {
            validator.reject("regardingId", "core.error.required");
        } else if (type != null) {
            if (!directory.knowsType(type)) {
                validator.reject("regardingType", "activities.error.unknownType");
            } else {
                validator.check(directory.sees(type, key), "regardingId", "activities.error.unknownRecord");
            }
        }

        List<String> participants = participants(input.participants(), validator, directory);

        String owner = clean(input.owner());
        if (owner == null) {
            owner = username;
        } else if (owner.length() > OWNER_MAX) {
            validator.reject("owner", "core.error.tooLong", OWNER_MAX);
        } else if (!owner.equals(username)) {
            validator.check(directory.sees(directory.usersType(), owner), "owner", "activities.error.unknownOwner");
        }

        if (input.dueAt() == null) {
            validator.reject("dueAt", "core.error.required");
        }
        Integer duration = input.durationMinutes();
        if (duration != null) {
            validator.check(duration >= 1 && duration <= DURATION_MAX, "durationMinutes", "core.error.range", 1, DURATION_MAX);
        }
        Recurrence rule = input.recurrence() == null ? null : rule(input.recurrence(), input, calendar, validator);
        validator.throwIfInvalid();
        // activities are planned to the minute; seconds would only make equal times differ
        Instant due = input.dueAt() == null ? null : input.dueAt().truncatedTo(ChronoUnit.MINUTES);
        return new ActivityInput(input.kind(), subject, description, type, key, participants, owner, due, duration, rule);
    }

    static String outcome(String outcome) {
        String clean = clean(outcome);
        new Validator().maxLength(clean, OUTCOME_MAX, "outcome").throwIfInvalid();
        return clean;
    }

    private static List<String> participants(List<String> given, Validator validator, Directory directory) {
        Set<String> codes = new LinkedHashSet<>();
        for (String raw : given) {
            String code = clean(raw);
            if (code == null) {
                continue;
            }
            Participant participant = parse(code);
            if (participant == null) {
                validator.reject("participants", "activities.error.participant", code);
                continue;
            }
            String type = participant.type() == Participant.Type.USER ? directory.usersType() : directory.contactType();
            if (!directory.knowsType(type) || !directory.sees(type, participant.key())) {
                validator.reject("participants", "activities.error.unknownParticipant", code);
            } else {
                codes.add(participant.code());
            }
        }
        if (codes.size() > PARTICIPANTS_MAX || String.join(" ", codes).length() > PARTICIPANTS_CHARS) {
            validator.reject("participants", "activities.error.participants", PARTICIPANTS_MAX);
        }
        return new ArrayList<>(codes);
    }

    /** {@code user:<username>} or {@code contact:<id>}, in any case; {@code null} for anything else. */
    static Participant parse(String code) {
        int colon = code.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String kind = code.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String key = code.substring(colon + 1).strip();
        if (kind.equals("user") && key.matches("[^\\s:]{1,100}")) {
            return new Participant(Participant.Type.USER, key, null);
        }
        if (kind.equals("contact") && key.matches("\\d{1,18}")) {
            return new Participant(Participant.Type.CONTACT, key, null);
        }
        return null;
    }

    private static Recurrence rule(Recurrence rule, ActivityInput input, CalendarSystem calendar, Validator validator) {
        if (rule.frequency() == null) {
            validator.reject("recurrence.frequency", "core.error.required");
        } else if (rule.frequency() != Recurrence.Frequency.WEEKLY && !rule.weekdays().isEmpty()) {
            validator.reject("recurrence.weekdays", "activities.error.weekdays");
        }
        if (rule.interval() != null) {
            validator.check(rule.interval() >= 1 && rule.interval() <= INTERVAL_MAX, "recurrence.interval", "core.error.range", 1, INTERVAL_MAX);
        }
        if (rule.count() != null) {
            validator.check(rule.count() >= 1 && rule.count() <= COUNT_MAX, "recurrence.count", "core.error.range", 1, COUNT_MAX);
        }
        if (rule.until() != null && input.dueAt() != null) {
            LocalDate first = input.dueAt().atZone(Recurrences.ZONE).toLocalDate();
            validator.check(!rule.until().isBefore(first), "recurrence.until", "activities.error.until");
        }
        return new Recurrence(rule.frequency(), rule.step(), rule.weekdays(), rule.calendar() == null ? calendar : rule.calendar(), rule.until(),
                rule.count());
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
