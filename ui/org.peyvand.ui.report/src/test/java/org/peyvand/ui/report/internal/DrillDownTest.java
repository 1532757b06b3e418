package org.peyvand.ui.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.report.Aggregate;
import org.peyvand.platform.report.ChartType;
import org.peyvand.platform.report.DateBucket;
import org.peyvand.platform.report.FilterOperator;
import org.peyvand.platform.report.Period;
import org.peyvand.platform.report.ReportColumn;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportFilter;
import org.peyvand.platform.report.ReportGroup;
import org.peyvand.platform.report.ReportSort;
import org.peyvand.platform.report.ReportType;
import org.peyvand.platform.report.ResultColumn;

class DrillDownTest {
    static final ReportType CONTACTS = new ReportType("accounts.contact", LocalizedText.of("مخاطب", "Contact"), List.of(
            field("id", FieldType.INTEGER), field("firstName", FieldType.TEXT), field("lastName", FieldType.TEXT), field("mobile", FieldType.PHONE),
            field("email", FieldType.EMAIL), field("score", FieldType.INTEGER), field("owner", FieldType.USER),
            field("createdAt", FieldType.DATE_TIME), field("accountId.industry", FieldType.TEXT)));
    private static final ReportFilter ONLY_TEHRAN = ReportFilter.of("city", FilterOperator.EQUALS, "تهران");
    private static final ResultColumn COUNT = new ResultColumn(null, LocalizedText.of("تعداد", "Count"), FieldType.INTEGER, Aggregate.COUNT, null);

    private static ReportType.Field field(String name, FieldType type) {
        return new ReportType.Field(name, LocalizedText.of(name, name), type);
    }

    private static ReportDefinition grouped(ReportGroup... groups) {
        return new ReportDefinition("report.7", LocalizedText.of("مخاطبان", "Contacts"), "accounts.contact", List.of(groups),
                List.of(ReportColumn.count()), List.of(ONLY_TEHRAN), List.of(new ReportSort(1, true)), ChartType.BAR);
    }

    @Test
    void aJalaliMonthFindsItsDaysFromItsFirstUpToTheNextMonthsFirst() {
        ReportDefinition definition = grouped(new ReportGroup("createdAt", DateBucket.JALALI_MONTH));
        ResultColumn month = new ResultColumn("createdAt", LocalizedText.of("ایجاد", "Created"), FieldType.DATE, null, DateBucket.JALALI_MONTH);
        // 1 Esfand 1404, a month of 29 days: the next month is 1 Farvardin 1405
        ReportDefinition records = DrillDown.of(definition, CONTACTS, List.of(month, COUNT), List.of(LocalDate.of(2026, 2, 20), 12L));

        assertThat(records.filters()).containsExactly(ONLY_TEHRAN,
                ReportFilter.of("createdAt", FilterOperator.GREATER_OR_EQUAL, "2026-02-20"),
                ReportFilter.of("createdAt", FilterOperator.LESS, "2026-03-21"));
        assertThat(records.groups()).isEmpty();
        assertThat(records.recordType()).isEqualTo("accounts.contact");
        assertThat(records.chart()).isEqualTo(ChartType.TABLE);
        assertThat(records.sorts()).as("the sorts counted the grouped columns").isEmpty();
        assertThat(records.key()).as("never saved over the report drilled into").isNull();
    }

    @Test
    void theRecordsListTheFieldsThatNameThemFirst() {
        ReportDefinition records = DrillDown.of(grouped(ReportGroup.of("owner")), CONTACTS,
                List.of(new ResultColumn("owner", LocalizedText.of("مالک", "Owner"), FieldType.USER, null, null), COUNT), List.of("sara", 3L));

        assertThat(records.columns()).as("the ids first, to open the records, and none of the account's fields").containsExactly(ReportColumn.of("id"), ReportColumn.of("firstName"), ReportColumn.of("lastName"), ReportColumn.of("mobile"),
                ReportColumn.of("email"), ReportColumn.of("score"));
        assertThat(records.filters()).containsExactly(ONLY_TEHRAN, ReportFilter.of("owner", FilterOperator.EQUALS, "sara"));

        ReportType systemFirst = new ReportType("custom.letter", LocalizedText.of("نامه", "Letter"), List.of(field("createdAt", FieldType.DATE_TIME),
                field("owner", FieldType.USER), field("sentOn", FieldType.DATE), field("subject", FieldType.TEXT)));
        assertThat(DrillDown.of(grouped(ReportGroup.of("owner")), systemFirst, List.of(new ResultColumn("owner", null, FieldType.USER, null, null),
                COUNT), List.of("sara", 3L)).columns())
                .containsExactly(ReportColumn.of("subject"), ReportColumn.of("sentOn"), ReportColumn.of("createdAt"), ReportColumn.of("owner"));
    }

    @Test
    void everyGroupOfTheRowNarrowsAndAGroupWithoutValueFindsTheEmptyOnes() {
        ReportDefinition definition = grouped(ReportGroup.of("score"), ReportGroup.of("lastName"), new ReportGroup("createdAt", DateBucket.DAY));
        List<ResultColumn> columns = List.of(new ResultColumn("score", LocalizedText.of("امتیاز", "Score"), FieldType.DECIMAL, null, null),
                new ResultColumn("lastName", LocalizedText.of("نام خانوادگی", "Last name"), FieldType.TEXT, null, null),
                new ResultColumn("createdAt", LocalizedText.of("ایجاد", "Created"), FieldType.DATE, null, DateBucket.DAY), COUNT);

        ReportDefinition records = DrillDown.of(definition, CONTACTS, columns,
                Arrays.asList(new BigDecimal("1.50E+3"), null, LocalDate.of(2026, 3, 20), 2L));

        assertThat(records.filters()).containsExactly(ONLY_TEHRAN,
                ReportFilter.of("score", FilterOperator.EQUALS, "1500"),
                ReportFilter.of("lastName", FilterOperator.EMPTY),
                ReportFilter.of("createdAt", FilterOperator.GREATER_OR_EQUAL, "2026-03-20"),
                ReportFilter.of("createdAt", FilterOperator.LESS, "2026-03-21"));
    }

    @Test
    void aPeriodFilterOfTheReportStays() {
        ReportFilter thisYear = ReportFilter.in("createdAt", Period.of(Period.Kind.THIS_FISCAL_YEAR));
        ReportDefinition definition = new ReportDefinition(null, null, "accounts.contact", List.of(ReportGroup.of("owner")),
                List.of(ReportColumn.count()), List.of(thisYear), List.of(), ChartType.PIE);

        ReportDefinition records = DrillDown.of(definition, CONTACTS,
                List.of(new ResultColumn("owner", LocalizedText.of("مالک", "Owner"), FieldType.USER, null, null), COUNT), List.of("reza", 1L));

        assertThat(records.filters()).containsExactly(thisYear, ReportFilter.of("owner", FilterOperator.EQUALS, "reza"));
    }

    @Test
    void onlyGroupedResultsHaveRecordsBehindARow() {
        ResultColumn owner = new ResultColumn("owner", LocalizedText.of("مالک", "Owner"), FieldType.USER, null, null);
        ResultColumn computed = new ResultColumn(null, LocalizedText.of("دوبرابر", "Twice"), FieldType.DECIMAL, null, null);
        ReportDefinition byOwner = grouped(ReportGroup.of("owner"));
        ReportDefinition list = new ReportDefinition(null, null, "accounts.contact", List.of(), List.of(ReportColumn.of("owner"),
                ReportColumn.computed("count * 2", LocalizedText.of("دوبرابر", "Twice"))), List.of(), List.of(), ChartType.TABLE);

        assertThat(DrillDown.possible(byOwner, List.of(owner, COUNT))).isTrue();
        assertThat(DrillDown.groups(byOwner, List.of(owner, computed, COUNT))).as("a computed column is no group").isEqualTo(1);
        assertThat(DrillDown.possible(list, List.of(owner, computed))).as("a list of records").isFalse();
        assertThat(DrillDown.possible(byOwner, List.of(COUNT))).as("its group's field is gone: a total over every record").isFalse();
    }
}
