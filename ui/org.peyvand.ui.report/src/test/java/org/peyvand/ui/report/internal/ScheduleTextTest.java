package org.peyvand.ui.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peyvand.ui.report.internal.ResultTextTest.ENGLISH;
import static org.peyvand.ui.report.internal.ResultTextTest.PERSIAN;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.report.ExportFormat;
import org.peyvand.platform.report.ReportSchedule;

class ScheduleTextTest {

    @Test
    void theWeekStartsOnSaturdayInTheJalaliCalendarAndOnMondayInTheGregorian() {
        assertThat(ScheduleText.weekday(1, ReportTexts.PERSIAN, PERSIAN)).isEqualTo("شنبه");
        assertThat(ScheduleText.weekday(7, ReportTexts.PERSIAN, PERSIAN)).isEqualTo("جمعه");
        assertThat(ScheduleText.weekday(1, ReportTexts.ENGLISH, ENGLISH)).isEqualTo("Monday");
        assertThat(ScheduleText.weekday(7, ReportTexts.ENGLISH, ENGLISH)).isEqualTo("Sunday");
    }

    @Test
    void aScheduleReadsAsItsFrequencyDayAndHour() {
        assertThat(ScheduleText.when(ReportSchedule.of("r", ExportFormat.XLSX, ReportSchedule.Frequency.WEEKLY, 1, 8), ReportTexts.PERSIAN,
                PERSIAN)).isEqualTo("هر شنبه ساعت ۰۸:۰۰");
        assertThat(ScheduleText.when(ReportSchedule.of("r", ExportFormat.PDF, ReportSchedule.Frequency.MONTHLY, 31, 17), ReportTexts.ENGLISH,
                ENGLISH)).isEqualTo("Monthly on day 31 at 17:00");
        assertThat(ScheduleText.when(ReportSchedule.of("r", ExportFormat.PDF, ReportSchedule.Frequency.DAILY, null, 0), ReportTexts.ENGLISH,
                ENGLISH)).isEqualTo("Daily at 00:00");
    }
}
