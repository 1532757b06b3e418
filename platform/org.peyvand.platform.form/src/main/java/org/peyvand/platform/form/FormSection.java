package org.peyvand.platform.form;

import java.util.List;

/** A titled group of fields laid out in one to three columns, in the listed order. */
public record FormSection(LocalizedText title, Integer columns, List<String> fields) {

    public FormSection {
        columns = columns == null ? 1 : Math.max(1, Math.min(3, columns));
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
