package org.peyvand.ui.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peyvand.ui.report.internal.ResultTextTest.ENGLISH;
import static org.peyvand.ui.report.internal.ResultTextTest.PERSIAN;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.report.ExportFormat;
import org.peyvand.platform.report.ExportJob;

class ExportTextTest {

    private static ExportJob job(ExportJob.State state, long written, Long expected) {
        return new ExportJob("e1", ExportFormat.XLSX, "فروش", state, written, expected, false, Instant.EPOCH, null, null, List.of(), "فروش.xlsx");
    }

    @Test
    void aRunningExportCountsItsRowsAndPercentInTheUsersDigits() {
        ExportJob running = job(ExportJob.State.RUNNING, 2500, 10000L);

        assertThat(ExportText.fraction(running)).isEqualTo(0.25f);
        assertThat(ExportText.progress(running, ReportTexts.PERSIAN, PERSIAN)).isEqualTo("۲٬۵۰۰ از ۱۰٬۰۰۰ ردیف (۲۵٪)");
        assertThat(ExportText.progress(running, ReportTexts.ENGLISH, ENGLISH)).isEqualTo("2,500 of 10,000 rows (25%)");
    }

    @Test
    void beforeTheCountIsKnownOnlyTheRowsWrittenShow() {
        ExportJob counting = job(ExportJob.State.RUNNING, 0, null);

        assertThat(ExportText.fraction(counting)).isZero();
        assertThat(ExportText.progress(counting, ReportTexts.ENGLISH, ENGLISH)).isEqualTo("0 rows");
        assertThat(ExportText.progress(job(ExportJob.State.QUEUED, 0, null), ReportTexts.PERSIAN, PERSIAN)).isEqualTo("در انتظار شروع");
    }

    @Test
    void aFinishedExportIsWholeAndSaysWhenItHoldsOnlyTheFirstRows() {
        ExportJob done = job(ExportJob.State.DONE, 40, 40L);
        ExportJob truncated = new ExportJob("e2", ExportFormat.PDF, "t", ExportJob.State.DONE, 100000, 250000L, true, Instant.EPOCH,
                Instant.EPOCH, null, List.of(), "t.pdf");

        assertThat(ExportText.fraction(done)).isEqualTo(1f);
        assertThat(ExportText.progress(done, ReportTexts.ENGLISH, ENGLISH)).isEqualTo("40 rows");
        assertThat(ExportText.progress(truncated, ReportTexts.ENGLISH, ENGLISH)).startsWith("100,000 rows: more matched");
        assertThat(ExportText.state(done, ReportTexts.PERSIAN)).isEqualTo("آماده");
    }

    @Test
    void aFailedExportGivesItsReasonInTheUsersLanguage() {
        ExportJob failed = new ExportJob("e3", ExportFormat.XLSX, "t", ExportJob.State.FAILED, 10, 20L, false, Instant.EPOCH, Instant.EPOCH,
                "report.error.tooSlow", List.of(30), "t.xlsx");

        assertThat(ExportText.progress(failed, ReportTexts.PERSIAN, PERSIAN)).contains("۳۰").contains("ثانیه");
        assertThat(ExportText.state(failed, ReportTexts.ENGLISH)).isEqualTo("Failed");
    }

    @Test
    void sizesReadInBytesKilobytesOrMegabytes() {
        assertThat(ExportText.size(512, ReportTexts.ENGLISH, ENGLISH)).isEqualTo("512 bytes");
        assertThat(ExportText.size(1536, ReportTexts.ENGLISH, ENGLISH)).isEqualTo("1.5 KB");
        assertThat(ExportText.size(5L * 1024 * 1024 + 300 * 1024, ReportTexts.ENGLISH, ENGLISH)).isEqualTo("5.3 MB");
        assertThat(ExportText.size(1536, ReportTexts.PERSIAN, PERSIAN)).isEqualTo("۱٫۵ کیلوبایت");
    }
}
