package org.peyvand.platform.report;

import java.util.List;

import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.LocalizedText;

/** A record type reports can read, with the fields a report may group, aggregate and filter by. */
public record ReportType(String key, LocalizedText label, List<Field> fields) {

    public ReportType {
        fields = List.copyOf(fields);
    }

    public record Field(String name, LocalizedText label, FieldType type) {
    }
}
