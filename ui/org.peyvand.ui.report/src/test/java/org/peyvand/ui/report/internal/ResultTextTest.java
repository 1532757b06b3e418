package org.peyvand.ui.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.report.Aggregate;
import org.peyvand.platform.report.DateBucket;
import org.peyvand.platform.report.ReportResult;
import org.peyvand.platform.report.ResultColumn;

class ResultTextTest {
    static final DisplayFormat PERSIAN = DisplayFormat.of(DisplayPreferences.defaults(DisplayPreferences.PERSIAN));
    static final DisplayFormat ENGLISH = DisplayFormat.of(DisplayPreferences.defaults(java.util.Locale.ENGLISH));
    private static final ResultColumn COUNT = new ResultColumn(null, LocalizedText.of("تعداد", "Count"), FieldType.INTEGER, Aggregate.COUNT, null);
    private static final ResultColumn OWNER = new ResultColumn("owner", LocalizedText.of("مالک", "Owner"), FieldType.USER, null, null);

    private static ReportResult result(List<ResultColumn> columns, List<List<Object>> rows) {
        return new ReportResult(columns, rows, false, List.of());
    }

    private static ResultText text(ReportResult result, Messages messages, DisplayFormat format) {
        return ResultText.of(result, result.columns().get(0).aggregate() == null, messages, format, (type, keys) -> Map.of());
    }

    @Test
    void jalaliBucketsReadAsMonthsAndQuartersInPersianDigits() {
        ResultColumn month = new ResultColumn("createdAt", LocalizedText.of("ایجاد", "Created"), FieldType.DATE, null, DateBucket.JALALI_MONTH);
        ResultColumn quarter = new ResultColumn("createdAt", LocalizedText.of("ایجاد", "Created"), FieldType.DATE, null, DateBucket.JALALI_QUARTER);
        LocalDate farvardin1405 = LocalDate.of(2026, 3, 21);
        ReportResult result = result(List.of(month, COUNT), List.of(List.of(farvardin1405, 12L)));

        ResultText persian = text(result, ReportTexts.PERSIAN, PERSIAN);
        assertThat(persian.cell(month, farvardin1405)).isEqualTo("فروردین ۱۴۰۵");
        assertThat(persian.cell(COUNT, 12L)).isEqualTo("۱۲");
        assertThat(persian.heading(month)).isEqualTo("ایجاد (ماه شمسی)");

        ResultText english = text(result, ReportTexts.ENGLISH, ENGLISH);
        assertThat(english.cell(quarter, farvardin1405)).isEqualTo("Q1 1405");
        assertThat(english.cell(COUNT, 12L)).isEqualTo("12");
    }

    @Test
    void colleaguesAreShownByNameAskedOnceForTheWholeResult() {
        List<Set<String>> asked = new ArrayList<>();
        ReportResult result = result(List.of(OWNER, COUNT), List.of(List.of("sara", 3L), List.of("reza", 1L), Arrays.asList(null, 2L)));
        ResultText text = ResultText.of(result, true, ReportTexts.PERSIAN, PERSIAN, (type, keys) -> {
            assertThat(type).isEqualTo(RecordLookups.USERS);
            asked.add(keys);
            return Map.of("sara", "سارا یزدانی");
        });

        assertThat(asked).containsExactly(Set.of("sara", "reza"));
        assertThat(text.row(result.columns(), result.rows().get(0))).containsExactly("سارا یزدانی", "۳");
        assertThat(text.cell(OWNER, "reza")).as("a colleague the lookups cannot name").isEqualTo("reza");
        assertThat(text.cell(OWNER, null)).as("a group without a value").isEqualTo("(خالی)");
        ReportResult records = result(List.of(OWNER), List.of(Arrays.asList((Object) null)));
        assertThat(ResultText.of(records, false, ReportTexts.PERSIAN, PERSIAN, (type, keys) -> Map.of()).cell(OWNER, null))
                .as("a record without an owner").isEmpty();
    }

    @Test
    void aggregatesAreHeadedByWhatTheyCompute() {
        ResultColumn sum = new ResultColumn("amount", LocalizedText.of("مبلغ", "Amount"), FieldType.DECIMAL, Aggregate.SUM, null);
        ReportResult result = result(List.of(OWNER, sum), List.of(List.of("sara", new BigDecimal("1234.5"))));

        assertThat(text(result, ReportTexts.ENGLISH, ENGLISH).heading(sum)).isEqualTo("Sum of Amount");
        assertThat(text(result, ReportTexts.PERSIAN, PERSIAN).heading(sum)).isEqualTo("جمع مبلغ");
        assertThat(text(result, ReportTexts.PERSIAN, PERSIAN).heading(COUNT)).isEqualTo("تعداد");
        assertThat(text(result, ReportTexts.PERSIAN, PERSIAN).cell(sum, new BigDecimal("1234.5"))).isEqualTo("۱٬۲۳۴٫۵");
    }
}
