package org.peyvand.platform.security;

import java.time.Instant;
import java.util.List;

/** One line of the audit trail: who did what to which object, and which fields changed. */
public record AuditEntry(long id, Instant at, String actor, String action, String objectType, String objectId, String summary,
        List<Change> changes) {

    public AuditEntry {
        changes = List.copyOf(changes);
    }

    /** A field's value before and after; {@code null} where it had or has none. */
    public record Change(String field, String oldValue, String newValue) {
    }
}
