package org.peyvand.module.accounts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.peyvand.module.accounts.ImportResult.RowError;
import org.peyvand.module.accounts.ImportResult;
import org.peyvand.module.accounts.internal.csv.CsvRow;
import org.peyvand.platform.core.work.Progress;

/**
 * Feeds an import's rows to the service in batches, each batch one transaction: a failure or a
 * cancellation loses at most the batch in progress, and memory stays bounded.
 */
public final class BatchImport {
    public static final int BATCH_SIZE = 500;
    public static final int MAX_ROWS = 100_000;

    /** What one batch did: how many rows landed, and why the others did not. */
    public record Outcome(int imported, List<RowError> errors) {
    }

    private BatchImport() {
    }

    public static ImportResult run(List<CsvRow> rows, Progress progress, Function<List<CsvRow>, Outcome> batch) {
        int imported = 0;
        int done = 0;
        List<RowError> errors = new ArrayList<>();
        boolean cancelled = false;
        for (int start = 0; start < rows.size(); start += BATCH_SIZE) {
            if (progress.cancelled()) {
                cancelled = true;
                break;
            }
            List<CsvRow> slice = rows.subList(start, Math.min(rows.size(), start + BATCH_SIZE));
            Outcome outcome = batch.apply(slice);
            imported += outcome.imported();
            errors.addAll(outcome.errors());
            done += slice.size();
            progress.progress(done, rows.size());
        }
        return new ImportResult(rows.size(), imported, errors.size(), cancelled, errors);
    }
}
