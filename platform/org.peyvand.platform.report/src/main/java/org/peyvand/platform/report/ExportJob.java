package org.peyvand.platform.report;

import java.time.Instant;
import java.util.List;

/**
 * An export of a report to a file, as far as it got.
 *
 * @param rowsExpected the rows the report's count query found when the export began; {@code null} until then
 * @param truncated more rows matched than an export writes; the file holds the first of them
 * @param errorKey why the export failed, a message key with {@code errorArgs}; {@code null} unless {@link State#FAILED}
 * @param fileName the name the finished file is offered under, from the report's title
 */
public record ExportJob(String id, ExportFormat format, String title, State state, long rowsWritten, Long rowsExpected, boolean truncated,
        Instant started, Instant finished, String errorKey, List<Object> errorArgs, String fileName) {

    public enum State {
        QUEUED, RUNNING, DONE, FAILED, CANCELLED;

        /** Whether the export stopped, one way or another. */
        public boolean finished() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }
    }

    public ExportJob {
        errorArgs = errorArgs == null ? List.of() : List.copyOf(errorArgs);
    }
}
