package org.peyvand.platform.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The fields that differ between two snapshots of a record, for the audit trail. */
public final class AuditChanges {

    private AuditChanges() {
    }

    /**
     * @param before the record's values before the change, by field name; empty for a created record
     * @param after the values after it; empty for a deleted record
     */
    public static List<AuditEntry.Change> between(Map<String, ?> before, Map<String, ?> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<AuditEntry.Change> changes = new ArrayList<>();
        for (String field : fields) {
            String old = text(before.get(field));
            String now = text(after.get(field));
            if (!Objects.equals(old, now)) {
                changes.add(new AuditEntry.Change(field, old, now));
            }
        }
        return changes;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }
}
