package org.peyvand.module.activities.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.peyvand.module.activities.Activity;
import org.peyvand.module.activities.ActivityStatus;
import org.peyvand.module.activities.Participant;
import org.peyvand.module.activities.internal.jpa.ActivityEntity;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.security.Caller;

/**
 * The names a page of activities shows, read through the kernel's lookups once per record type for
 * the whole page: the records they are about and their participants. A type whose module is away is
 * not among the lookups' types; a record the caller may not see, or a lookup the caller may not use,
 * leaves the name out.
 */
final class RecordNames {
    private final Set<String> installed;
    private final Map<String, Map<String, String>> names = new HashMap<>();

    private RecordNames(Set<String> installed) {
        this.installed = installed;
    }

    static RecordNames of(Caller caller, RecordLookups lookups, Collection<ActivityEntity> rows) {
        RecordNames found = new RecordNames(Set.copyOf(lookups.types()));
        Map<String, Set<String>> wanted = new HashMap<>();
        for (ActivityEntity row : rows) {
            if (row.regardingType() != null) {
                wanted.computeIfAbsent(row.regardingType(), t -> new LinkedHashSet<>()).add(row.regardingId());
            }
            for (String code : row.participantCodes()) {
                Participant participant = ActivityValidator.parse(code);
                if (participant != null) {
                    wanted.computeIfAbsent(typeOf(participant.type()), t -> new LinkedHashSet<>()).add(participant.key());
                }
            }
        }
        wanted.forEach((type, keys) -> found.names.put(type, found.installed.contains(type) ? names(caller, lookups, type, keys) : Map.of()));
        return found;
    }

    static String typeOf(Participant.Type type) {
        return type == Participant.Type.USER ? RecordLookups.USERS : Permissions.CONTACT;
    }

    private static Map<String, String> names(Caller caller, RecordLookups lookups, String type, Set<String> keys) {
        try {
            return lookups.names(caller, type, keys);
        } catch (CrmException unavailable) {
            return Map.of();
        }
    }

    private String name(String type, String key) {
        return names.getOrDefault(type, Map.of()).get(key);
    }

    Activity toRecord(ActivityEntity row, Instant now) {
        List<Participant> participants = row.participantCodes().stream().map(ActivityValidator::parse).filter(p -> p != null)
                .map(p -> new Participant(p.type(), p.key(), name(typeOf(p.type()), p.key()))).collect(Collectors.toList());
        boolean installedType = row.regardingType() == null || installed.contains(row.regardingType());
        String title = row.regardingType() == null ? null : name(row.regardingType(), row.regardingId());
        boolean overdue = row.status() == ActivityStatus.OPEN && row.dueAt().isBefore(now);
        return new Activity(row.id(), row.kind(), row.subject(), row.description(), row.regardingType(), row.regardingId(), title, installedType,
                participants, row.dueAt(), row.durationMinutes(), row.status(), row.outcome(), row.recurrence(), row.seriesStart(), overdue,
                row.owner(), row.ownerUnitId(), row.createdAt(), row.updatedAt(), row.version());
    }
}
