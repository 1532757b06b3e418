package org.peyvand.module.accounts;

import java.util.List;

import org.peyvand.platform.core.error.FieldError;

/**
 * The outcome of a CSV import: valid rows landed, every invalid row is listed with its reasons
 * ({@code row} counts data rows from 1, after the header). {@code cancelled} when the user stopped it.
 */
public record ImportResult(int total, int imported, int failed, boolean cancelled, List<RowError> errors) {

    public ImportResult {
        errors = List.copyOf(errors);
    }

    public record RowError(int row, List<FieldError> fieldErrors) {
        public RowError {
            fieldErrors = List.copyOf(fieldErrors);
        }
    }
}
