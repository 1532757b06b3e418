package org.peyvand.platform.form;

import java.util.List;

import org.peyvand.platform.core.error.FieldError;

/** What a CSV import of designed records did: rows read, stored, and the errors of the others by row (1 = first data row). */
public record RecordImport(int total, int imported, boolean cancelled, List<RowError> errors) {

    public record RowError(int row, List<FieldError> fieldErrors) {
    }

    public RecordImport {
        errors = List.copyOf(errors);
    }
}
