package org.peyvand.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.report.ExportFormat;
import org.peyvand.platform.report.ExportJob;
import org.peyvand.platform.testing.FileMessages;

class ExportTextTest {
    private static final DisplayFormat PERSIAN = DisplayFormat.of(DisplayPreferences.defaults(DisplayPreferences.PERSIAN));
    private static final DisplayFormat ENGLISH = DisplayFormat.of(DisplayPreferences.defaults(Locale.ENGLISH));
    private static final FileMessages PERSIAN_TEXTS = FileMessages.persian("kit", "report");
    private static final FileMessages ENGLISH_TEXTS = FileMessages.english("kit", "report");

    private static ExportJob job(ExportJob.State state, long written, Long expected) {
        return new ExportJob("e1", ExportFormat.XLSX, "فروش", state, written, expected, false, Instant.EPOCH, null, null, List.of(), "فروش.xlsx");
    }

    @Test
    void aRunningExportCountsItsRowsAndPercentInTheUsersDigits() {
        ExportJob running = job(ExportJob.State.RUNNING, 2500, 10000L);

        assertThat(ExportText.fraction(running)).isEqualTo(0.25f);
        assertThat(ExportText.progress(running, PERSIAN_TEXTS, PERSIAN)).isEqualTo("۲٬۵۰۰ از ۱۰٬۰۰۰ ردیف (۲۵٪)");
        assertThat(ExportText.progress(running, ENGLISH_TEXTS, ENGLISH)).isEqualTo("2,500 of 10,000 rows (25%)");
    }

    @Test
    void beforeTheCountIsKnownOnlyTheRowsWrittenShow() {
        ExportJob counting = job(ExportJob.State.RUNNING, 0, null);

        assertThat(ExportText.fraction(counting)).isZero();
        assertThat(ExportText.progress(counting, ENGLISH_TEXTS, ENGLISH)).isEqualTo("0 rows");
        assertThat(ExportText.progress(job(ExportJob.State.QUEUED, 0, null), PERSIAN_TEXTS, PERSIAN)).isEqualTo("در انتظار شروع");
    }

    @Test
    void aFinishedExportIsWholeAndSaysWhenItHoldsOnlyTheFirstRows() {
        ExportJob done = job(ExportJob.State.DONE, 40, 40L);
        ExportJob truncated = new ExportJob("e2", ExportFormat.PDF, "t", ExportJob.State.DONE, 100000, 250000L, true, Instant.EPOCH,
                Instant.EPOCH, null, List.of(), "t.pdf");

        assertThat(ExportText.fraction(done)).isEqualTo(1f);
        assertThat(ExportText.progress(done, ENGLISH_TEXTS, ENGLISH)).isEqualTo("40 rows");
        assertThat(ExportText.progress(truncated, ENGLISH_TEXTS, ENGLISH)).startsWith("100,000 rows: more matched");
        assertThat(ExportText.state(done, PERSIAN_TEXTS)).isEqualTo("آماده");
    }

    @Test
    void aFailedExportGivesItsReasonInTheUsersLanguage() {
        ExportJob failed = new ExportJob("e3", ExportFormat.XLSX, "t", ExportJob.State.FAILED, 10, 20L, false, Instant.EPOCH, Instant.EPOCH,
                "report.error.tooSlow", List.of(30), "t.xlsx");

        assertThat(ExportText.progress(failed, PERSIAN_TEXTS, PERSIAN)).contains("۳۰").contains("ثانیه");
        assertThat(ExportText.state(failed, ENGLISH_TEXTS)).isEqualTo("Failed");
    }

    @Test
    void sizesReadInBytesKilobytesOrMegabytes() {
        assertThat(ExportText.size(512, ENGLISH_TEXTS, ENGLISH)).isEqualTo("512 bytes");
        assertThat(ExportText.size(1536, ENGLISH_TEXTS, ENGLISH)).isEqualTo("1.5 KB");
        assertThat(ExportText.size(5L * 1024 * 1024 + 300 * 1024, ENGLISH_TEXTS, ENGLISH)).isEqualTo("5.3 MB");
        assertThat(ExportText.size(1536, PERSIAN_TEXTS, PERSIAN)).isEqualTo("۱٫۵ کیلوبایت");
    }
}
