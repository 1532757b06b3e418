package org.peyvand.platform.report.internal.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.report.ExportFormat;
import org.peyvand.platform.report.ExportJob;
import org.peyvand.platform.report.internal.Cells;
import org.peyvand.platform.report.internal.ReportQueries;
import org.peyvand.platform.report.internal.ResultRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One export on its way: counts the report's rows, then reads them through a cursor and writes
 * each into the file, checking between rows whether it was cancelled. Its progress is read from
 * other threads, so what changes is volatile and {@link #job()} is a snapshot.
 */
final class ExportRun implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(ExportRun.class);

    private final String owner;
    private final ResultRows rows;
    private final ExportLayout layout;
    private final ExportStore store;
    private final ReportQueries queries;
    private final Limits limits;
    private final Clock clock;
    private final String id;
    private final ExportFormat format;
    private final Instant started;
    private volatile ExportJob.State state = ExportJob.State.QUEUED;
    private volatile long written;
    private volatile Long expected;
    private volatile boolean truncated;
    private volatile boolean cancelled;
    private volatile Instant finished;
    private volatile String errorKey;
    private volatile List<Object> errorArgs = List.of();

    /** How much an export may write and how many rows it fetches at a time. */
    record Limits(int maxRows, int fetchSize) {
    }

    ExportRun(String id, String owner, ExportFormat format, ResultRows rows, ExportLayout layout, ExportStore store, ReportQueries queries,
            Limits limits, Clock clock) {
        this.id = id;
        this.owner = owner;
        this.format = format;
        this.rows = rows;
        this.layout = layout;
        this.store = store;
        this.queries = queries;
        this.limits = limits;
        this.clock = clock;
        this.started = clock.instant();
    }

    String owner() {
        return owner;
    }

    ExportJob job() {
        return job(state);
    }

    private ExportJob job(ExportJob.State as) {
        return new ExportJob(id, format, layout.title(), as, written, expected, truncated, started, finished, errorKey, errorArgs,
                ExportLayout.fileName(layout.title(), format.extension()));
    }

    /** Asks the export to stop; a queued one stops at once, a running one at its next row. */
    synchronized void cancel() {
        cancelled = true;
        if (state == ExportJob.State.QUEUED) {
            end(ExportJob.State.CANCELLED);
        }
    }

    @Override
    public void run() {
        synchronized (this) {
            if (cancelled) {
                return;
            }
            state = ExportJob.State.RUNNING;
        }
        try {
            expected = queries.count(rows.built());
            write();
            if (cancelled) {
                store.remove(job());
                end(ExportJob.State.CANCELLED);
            } else {
                // the file is in place before anyone is told the export is done
                finished = clock.instant();
                store.keep(owner, job(ExportJob.State.DONE));
                state = ExportJob.State.DONE;
            }
        } catch (ValidationException refused) {
            // such as a query the database stopped: the refusal of its first part says why
            FieldError first = refused.fieldErrors().get(0);
            fail(first.messageKey(), first.args());
        } catch (CrmException refused) {
            fail(refused.messageKey(), Arrays.asList(refused.args()));
        } catch (IOException | RuntimeException broken) {
            if (!cancelled) {
                LOG.warn("Export {} of {} failed", id, owner, broken);
            }
            fail("report.error.exportFailed", List.of());
        }
    }

    private void write() throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(store.partial(job()))); TableWriter writer = open(out)) {
            queries.scroll(rows.built(), limits.fetchSize(), cells -> {
                if (cancelled) {
                    return false;
                }
                if (written == limits.maxRows()) {
                    truncated = true;
                    return false;
                }
                try {
                    writer.row(rows.row(Cells.read(cells, rows.built())).toArray());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written++;
                return true;
            });
            if (!cancelled) {
                writer.finish();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private TableWriter open(OutputStream out) {
        return switch (format) {
            case XLSX -> new XlsxWriter(out, layout);
            case PDF -> new PdfWriter(out, layout);
        };
    }

    private void fail(String key, List<Object> args) {
        if (cancelled) {
            // stopping half way may break what was being written; the export was cancelled, not failed
            store.remove(job());
            end(ExportJob.State.CANCELLED);
            return;
        }
        errorKey = key;
        errorArgs = List.copyOf(args);
        store.remove(job());
        end(ExportJob.State.FAILED);
        try {
            store.keep(owner, job());
        } catch (IOException e) {
            LOG.warn("Could not keep the note of export {}: {}", id, e.toString());
        }
    }

    private void end(ExportJob.State ended) {
        finished = clock.instant();
        state = ended;
    }
}
