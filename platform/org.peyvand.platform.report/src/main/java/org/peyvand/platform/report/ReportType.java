package org.peyvand.platform.report;

import java.util.List;

import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.LocalizedText;

/** A record type reports can read, with the fields a report may group, aggregate and filter by. */
public record ReportType(String key, LocalizedText label, List<Field> fields) {

    public ReportType {
        fields = List.copyOf(fields);
    }

    /**
     * @param name the field's own name, or {@code lookup.field} for a field of the record a lookup
     *        points to, such as a contact's {@code accountId.industry}
     */
    public record Field(String name, LocalizedText label, FieldType type) {
        /** The separator of a lookup's name and its target's field in a linked field's name. */
        public static final char LINK = '.';

        /** Whether the field is one of the record a lookup points to rather than of the record itself. */
        public boolean linked() {
            return name.indexOf(LINK) >= 0;
        }
    }
}
