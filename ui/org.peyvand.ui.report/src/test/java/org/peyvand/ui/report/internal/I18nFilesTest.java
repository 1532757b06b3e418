package org.peyvand.ui.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.report.Aggregate;
import org.peyvand.platform.report.ChartType;
import org.peyvand.platform.report.ExportFormat;
import org.peyvand.platform.report.FilterOperator;
import org.peyvand.platform.report.ReportSchedule;
import org.peyvand.platform.report.ReportShare;
import org.peyvand.platform.report.WidgetKind;
import org.peyvand.platform.testing.I18nFiles;

class I18nFilesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(report\\.ui\\.[a-zA-Z]+(?:\\.[a-zA-Z]+)*)\"");

    private static Properties load(String file) {
        return I18nFiles.texts(file);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(load("report-ui_fa.properties").stringPropertyNames()).isEqualTo(load("report-ui.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesHasATextAndEveryKeyIsPrefixed() {
        Properties english = load("report-ui.properties");
        Set<String> used = I18nFiles.keysInCode(KEY_IN_CODE, source -> true);
        assertThat(used).contains("report.ui.menu.reports", "report.ui.drill.title");
        assertThat(english.stringPropertyNames()).containsAll(used).allMatch(key -> key.startsWith("report.ui."));
    }

    @Test
    void everyTextBuiltFromANameHasOne() {
        List<String> keys = new ArrayList<>();
        for (ChartType chart : ChartType.values()) {
            keys.add("report.ui.chart." + chart.name());
        }
        for (Aggregate aggregate : Aggregate.values()) {
            keys.add("report.ui.aggregate." + aggregate.name());
        }
        for (FilterOperator operator : FilterOperator.values()) {
            keys.add("report.ui.operator." + operator.name());
        }
        for (ReportShare.Kind kind : ReportShare.Kind.values()) {
            keys.add("report.ui.share." + kind.name());
        }
        for (WidgetKind kind : WidgetKind.values()) {
            keys.add("report.ui.widget." + kind.name());
        }
        for (ExportFormat format : ExportFormat.values()) {
            keys.add("report.ui.format." + format.name());
        }
        for (ReportSchedule.Frequency frequency : ReportSchedule.Frequency.values()) {
            keys.add("report.ui.schedule.frequency." + frequency.name());
        }
        assertThat(load("report-ui.properties").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void persianTextsAreInPersian() {
        assertThat(I18nFiles.notInPersian(load("report-ui_fa.properties"))).isEmpty();
    }

    @Test
    void everyPatternIsAValidMessageFormat() {
        assertThat(I18nFiles.invalidPatterns(load("report-ui.properties"))).isEmpty();
        assertThat(I18nFiles.invalidPatterns(load("report-ui_fa.properties"))).isEmpty();
    }
}
