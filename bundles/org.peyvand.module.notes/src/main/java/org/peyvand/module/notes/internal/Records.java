package org.peyvand.module.notes.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.security.Caller;

/**
 * The records notes and lists point at, seen through the kernel's lookups: a type must be one some
 * present module provides, a record one the caller may see. While a type's module is away, or the
 * caller may not look its records up, nothing of it is found.
 */
public final class Records {
    private final RecordLookups lookups;

    public Records(RecordLookups lookups) {
        this.lookups = lookups;
    }

    /** @throws ValidationException on {@code field} for a blank type or one nobody provides */
    public String type(String recordType, String field) {
        if (recordType == null || recordType.isBlank()) {
            throw ValidationException.of(field, "core.error.required");
        }
        String type = recordType.strip();
        if (!names(type)) {
            throw ValidationException.of(field, "notes.error.recordType");
        }
        return type;
    }

    /** Whether notes and lists can name records of this type now: a present module provides it, and it is no colleague or unit. */
    public boolean names(String recordType) {
        return lookups.types().contains(recordType) && !RecordLookups.USERS.equals(recordType) && !RecordLookups.ORG_UNITS.equals(recordType);
    }

    /** The names of those of the records that exist and the caller may see, by id. */
    public Map<Long, String> names(Caller caller, String recordType, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        try {
            return lookups.names(caller, recordType, ids.stream().map(String::valueOf).distinct().toList()).entrySet().stream()
                    .collect(Collectors.toMap(entry -> Long.parseLong(entry.getKey()), Map.Entry::getValue));
        } catch (CrmException unavailable) {
            return Map.of();
        }
    }

    public String name(Caller caller, String recordType, long id) {
        return names(caller, recordType, List.of(id)).get(id);
    }

    /** The name of a user or org unit a list is shared with; {@code null} for one that does not exist. */
    public String granteeName(Caller caller, String kernelType, String key) {
        try {
            return lookups.names(caller, kernelType, List.of(key)).get(key);
        } catch (CrmException unavailable) {
            return null;
        }
    }
}
