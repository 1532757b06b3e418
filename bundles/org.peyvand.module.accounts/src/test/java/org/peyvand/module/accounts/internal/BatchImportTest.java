package org.peyvand.module.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.peyvand.module.accounts.ImportResult.RowError;
import org.peyvand.module.accounts.ImportResult;
import org.peyvand.module.accounts.internal.csv.CsvRow;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.work.Progress;

class BatchImportTest {
    private static final List<CsvRow> ROWS = IntStream.rangeClosed(1, 1200).mapToObj(i -> new CsvRow(i, Map.of(), false)).toList();

    /** Imports every row except each hundredth, which fails. */
    private static BatchImport.Outcome importBatch(List<CsvRow> batch) {
        List<RowError> errors = batch.stream().filter(row -> row.number() % 100 == 0)
                .map(row -> new RowError(row.number(), List.of(FieldError.of("firstName", "core.error.required")))).toList();
        return new BatchImport.Outcome(batch.size() - errors.size(), errors);
    }

    @Test
    void importsInBatchesAndReportsProgressAfterEach() {
        List<String> progress = new ArrayList<>();
        List<Integer> batchSizes = new ArrayList<>();
        ImportResult result = BatchImport.run(ROWS, new Progress() {
            @Override
            public void progress(int done, int total) {
                progress.add(done + "/" + total);
            }
        }, batch -> {
            batchSizes.add(batch.size());
            return importBatch(batch);
        });

        assertThat(batchSizes).containsExactly(500, 500, 200);
        assertThat(progress).containsExactly("500/1200", "1000/1200", "1200/1200");
        assertThat(result.total()).isEqualTo(1200);
        assertThat(result.imported()).isEqualTo(1188);
        assertThat(result.failed()).isEqualTo(12);
        assertThat(result.cancelled()).isFalse();
        assertThat(result.errors()).extracting(RowError::row).startsWith(100, 200);
    }

    @Test
    void stopsBeforeTheNextBatchWhenCancelled() {
        List<Integer> batchSizes = new ArrayList<>();
        ImportResult result = BatchImport.run(ROWS, new Progress() {
            @Override
            public boolean cancelled() {
                return !batchSizes.isEmpty();
            }
        }, batch -> {
            batchSizes.add(batch.size());
            return importBatch(batch);
        });

        assertThat(batchSizes).containsExactly(500);
        assertThat(result.cancelled()).isTrue();
        assertThat(result.total()).isEqualTo(1200);
        assertThat(result.imported()).isEqualTo(495);
        assertThat(result.failed()).isEqualTo(5);
    }

    @Test
    void anEmptyFileImportsNothing() {
        assertThat(BatchImport.run(List.of(), Progress.NONE, BatchImportTest::importBatch))
                .isEqualTo(new ImportResult(0, 0, 0, false, List.of()));
    }
}
