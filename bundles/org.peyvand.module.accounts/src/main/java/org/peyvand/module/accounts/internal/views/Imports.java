package org.peyvand.module.accounts.internal.views;

import java.util.function.BiFunction;

import org.peyvand.module.accounts.ImportResult;
import org.peyvand.platform.core.work.Progress;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.CsvImportDialog;

import com.vaadin.ui.Button;

/** The import button of the people and account lists. */
final class Imports {

    private Imports() {
    }

    /** @param labelPrefix i18n prefix of the record's field labels, e.g. {@code accounts.contact.} */
    static Button button(UiContext context, BiFunction<byte[], Progress, ImportResult> importer, String labelPrefix, Runnable done) {
        return CsvImportDialog.button(context, (csv, progress) -> outcome(importer.apply(csv, progress)),
                field -> context.messages().find(labelPrefix + field).orElse(field), done);
    }

    private static CsvImportDialog.Outcome outcome(ImportResult result) {
        return new CsvImportDialog.Outcome(result.total(), result.imported(), result.cancelled(),
                result.errors().stream().map(e -> new CsvImportDialog.Outcome.RowError(e.row(), e.fieldErrors())).toList());
    }
}
