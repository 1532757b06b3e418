package org.peyvand.ui.report.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.report.Aggregate;
import org.peyvand.platform.report.ChartType;
import org.peyvand.platform.report.ReportResult;
import org.peyvand.platform.report.ResultColumn;
import org.peyvand.ui.report.internal.ReportTexts;
import org.peyvand.ui.report.internal.ResultText;

class ChartDataTest {
    private static final ResultColumn STAGE = new ResultColumn("stage", LocalizedText.of("مرحله", "Stage"), FieldType.TEXT, null, null);
    private static final ResultColumn COUNT = new ResultColumn(null, LocalizedText.of("تعداد", "Count"), FieldType.INTEGER, Aggregate.COUNT, null);
    private static final ReportResult STAGES = new ReportResult(List.of(STAGE, COUNT),
            List.of(List.of("lead", 5L), List.of("won", 2L), List.of("proposal", 9L)), false, List.of());

    private static ResultText text(ReportResult result) {
        return ResultText.of(result, true, ReportTexts.ENGLISH, DisplayFormat.of(DisplayPreferences.defaults(Locale.ENGLISH)), (t, k) -> Map.of());
    }

    @Test
    void barsKeepTheResultsOrderAPointPerRowASeriesPerAggregate() {
        ChartData bars = ChartData.of(ChartType.BAR, 1, STAGES, text(STAGES));

        assertThat(bars.kind()).isEqualTo("bar");
        assertThat(bars.labels()).containsExactly("lead", "won", "proposal");
        assertThat(bars.rows()).containsExactly(0, 1, 2);
        assertThat(bars.series()).singleElement().satisfies(s -> {
            assertThat(s.label).isEqualTo("Count");
            assertThat(s.values).containsExactly(5.0, 2.0, 9.0);
        });
    }

    @Test
    void aFunnelRunsFromTheLargestValueAndStillReportsTheRowsItDraws() {
        ChartData funnel = ChartData.of(ChartType.FUNNEL, 1, STAGES, text(STAGES));

        assertThat(funnel.kind()).isEqualTo("funnel");
        assertThat(funnel.labels()).containsExactly("proposal", "lead", "won");
        assertThat(funnel.rows()).containsExactly(2, 0, 1);
        assertThat(funnel.series().get(0).values).containsExactly(9.0, 5.0, 2.0);
    }

    @Test
    void tablesListsAndEmptyResultsDrawNothing() {
        assertThat(ChartData.of(ChartType.TABLE, 1, STAGES, text(STAGES))).isSameAs(ChartData.NONE);
        ReportResult list = new ReportResult(List.of(STAGE), List.of(List.of("lead")), false, List.of());
        assertThat(ChartData.of(ChartType.BAR, 0, list, text(list))).as("records, no figures").isSameAs(ChartData.NONE);
        ReportResult empty = new ReportResult(List.of(STAGE, COUNT), List.of(), false, List.of());
        assertThat(ChartData.of(ChartType.PIE, 1, empty, text(empty))).isSameAs(ChartData.NONE);
    }
}
