package org.peyvand.ui.kit;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.report.ExportJob;

/** How far an export got and how large its file is, in the user's language and digits. */
public final class ExportText {
    private static final long KILOBYTE = 1024;
    private static final long MEGABYTE = KILOBYTE * KILOBYTE;

    private ExportText() {
    }

    /** The share of the rows written, 0 to 1; {@code 0} until the export knows how many it writes. */
    public static float fraction(ExportJob job) {
        if (job.state() == ExportJob.State.DONE) {
            return 1f;
        }
        if (job.rowsExpected() == null || job.rowsExpected() <= 0) {
            return 0f;
        }
        return Math.min(1f, (float) job.rowsWritten() / job.rowsExpected());
    }

    public static String state(ExportJob job, Messages messages) {
        return messages.get("kit.export.state." + job.state().name());
    }

    /** The rows written of those expected, what the file holds once done, or why the export failed. */
    public static String progress(ExportJob job, Messages messages, DisplayFormat format) {
        String written = format.number(job.rowsWritten());
        return switch (job.state()) {
            case QUEUED -> messages.get("kit.export.queued");
            case RUNNING -> job.rowsExpected() == null ? messages.get("kit.export.rows", written)
                    : messages.get("kit.export.running", written, format.number(job.rowsExpected()),
                            format.number(Math.round(fraction(job) * 100)));
            case DONE -> job.truncated() ? messages.get("kit.export.truncated", written) : messages.get("kit.export.rows", written);
            case FAILED -> messages.get(job.errorKey(), job.errorArgs().toArray());
            case CANCELLED -> messages.get("kit.export.state.CANCELLED");
        };
    }

    /** A file's size in bytes, kilobytes or megabytes, with one decimal place above bytes. */
    public static String size(long bytes, Messages messages, DisplayFormat format) {
        if (bytes < KILOBYTE) {
            return messages.get("kit.export.bytes", format.number(bytes));
        }
        long unit = bytes < MEGABYTE ? KILOBYTE : MEGABYTE;
        String amount = format.decimal(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP));
        return messages.get(unit == KILOBYTE ? "kit.export.kilobytes" : "kit.export.megabytes", amount);
    }
}
