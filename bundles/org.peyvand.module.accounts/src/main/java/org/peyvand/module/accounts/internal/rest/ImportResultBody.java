package org.peyvand.module.accounts.internal.rest;

import java.util.List;

import org.peyvand.module.accounts.ImportResult;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.rest.ErrorBody.FieldErrorBody;

/** An import's outcome with every row error's message in the caller's language. */
public record ImportResultBody(int total, int imported, int failed, boolean cancelled, List<RowErrorBody> errors) {

    public record RowErrorBody(int row, List<FieldErrorBody> fieldErrors) {
    }

    static ImportResultBody of(ImportResult result, Messages messages) {
        return new ImportResultBody(result.total(), result.imported(), result.failed(), result.cancelled(),
                result.errors().stream().map(error -> new RowErrorBody(error.row(), error.fieldErrors().stream()
                        .map(f -> new FieldErrorBody(f.field(), f.messageKey(), messages.get(f.messageKey(), f.args().toArray())))
                        .toList())).toList());
    }
}
