package org.peyvand.module.accounts.internal.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.ValueText;
import org.peyvand.platform.security.FieldAccess;

/**
 * A record type's custom fields as CSV columns: named by the field (its Persian or English label is
 * accepted too), written after the record's own columns, read back as typed text that the custom
 * fields' rules check.
 */
public final class CustomColumns {
    public static final CustomColumns NONE = new CustomColumns(List.of());

    private final List<FieldDefinition> fields;

    private CustomColumns(List<FieldDefinition> fields) {
        this.fields = List.copyOf(fields);
    }

    /** The custom fields of {@code form} the caller may see. */
    public static CustomColumns of(Optional<FormDefinition> form, FieldAccess access) {
        return form.map(f -> new CustomColumns(f.customFields().stream().filter(field -> access.visible(field.name())).toList()))
                .orElse(NONE);
    }

    /** Header names and labels by column, for the reader. */
    public Map<String, List<String>> labels() {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (FieldDefinition field : fields) {
            List<String> names = new ArrayList<>();
            Optional.ofNullable(field.label().fa()).ifPresent(names::add);
            Optional.ofNullable(field.label().en()).ifPresent(names::add);
            labels.put(field.name(), names);
        }
        return labels;
    }

    public List<String> header(List<String> own) {
        List<String> header = new ArrayList<>(own);
        fields.forEach(field -> header.add(field.name()));
        return header;
    }

    /** The custom values a row holds, as typed. */
    public Map<String, Object> values(CsvRow row) {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach(field -> {
            if (row.values().containsKey(field.name())) {
                values.put(field.name(), row.get(field.name()));
            }
        });
        return values;
    }

    /** The record's row followed by its custom values as text: ISO dates, plain numbers, choices joined by "|". */
    public List<Object> row(List<Object> own, Map<String, Object> custom) {
        List<Object> row = new ArrayList<>(own);
        fields.forEach(field -> row.add(ValueText.of(custom.get(field.name()))));
        return row;
    }
}
