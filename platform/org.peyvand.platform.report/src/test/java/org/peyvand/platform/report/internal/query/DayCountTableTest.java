package org.peyvand.platform.report.internal.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.form.RecordDayCounts;
import org.peyvand.platform.persistence.Dialect;
import org.peyvand.platform.report.Aggregate;
import org.peyvand.platform.report.DateBucket;
import org.peyvand.platform.report.FilterOperator;
import org.peyvand.platform.report.Period;
import org.peyvand.platform.report.ReportColumn;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportFilter;
import org.peyvand.platform.report.ReportGroup;
import org.peyvand.platform.report.internal.calendar.DayRange;
import org.peyvand.platform.security.FieldAccess;

/**
 * When the daily counts answer a report in place of the records: only when counting them by owner,
 * unit and one counted date, and a date that records may lack only where a filter leaves those out.
 */
class DayCountTableTest {
    private static final String VISIT = "custom.visit";
    private static final FormDefinition FORM = new FormDefinition(VISIT, FormKind.RECORD_TYPE, null, LocalizedText.of("بازدید", "Visit"),
            List.of(FieldDefinition.of("visitDate", FieldType.DATE, LocalizedText.of("تاریخ بازدید", "Visit date")),
                    FieldDefinition.of("followUp", FieldType.DATE, LocalizedText.of("پیگیری", "Follow-up")),
                    FieldDefinition.of("amount", FieldType.DECIMAL, LocalizedText.of("مبلغ", "Amount")),
                    FieldDefinition.of("region", FieldType.TEXT, LocalizedText.of("منطقه", "Region"))),
            List.of(), List.of("region"), "sales", 0);
    private static final RecordDayCounts COUNTED = (type, field) -> !field.equals("followUp");
    private static final ReportFilter LAST_YEAR = ReportFilter.in("createdAt", Period.lastDays(365));

    private static RecordTable records(FieldAccess access) {
        return RecordTables.designed(FORM, access, RecordTable.ALIAS);
    }

    private static Optional<RecordTable> standIn(List<ReportGroup> groups, List<ReportColumn> columns, List<ReportFilter> filters) {
        return DayCountTable.standIn(new ReportDefinition(null, null, VISIT, groups, columns, filters, List.of(), null),
                records(FieldAccess.UNRESTRICTED), COUNTED);
    }

    @Test
    void countsPerOwnerAndJalaliMonthOfCreationReadTheCountsSummedOverDays() {
        ReportDefinition definition = new ReportDefinition(null, null, VISIT,
                List.of(ReportGroup.of("owner"), new ReportGroup("createdAt", DateBucket.JALALI_MONTH)), List.of(ReportColumn.count()),
                List.of(LAST_YEAR), List.of(), null);
        RecordTable counts = DayCountTable.standIn(definition, records(FieldAccess.UNRESTRICTED), COUNTED).orElseThrow();

        ReportQuery.Built built = new ReportQuery(counts, Dialect.POSTGRESQL, p -> new DayRange(LocalDate.of(2025, 11, 23), LocalDate.of(2026, 11, 23)))
                .build(definition, "s.owner = ?", List.of("sara"), 100);

        assertThat(built.sql()).contains("FROM frm_day_count s").contains("SUM(s.records)").doesNotContain("frm_record")
                .contains("s.record_type = ?").contains("s.field = ?");
        assertThat(built.parameters()).containsSubsequence(VISIT, "createdAt", "sara");
    }

    @Test
    void aCountedDateServesWhenAFilterLeavesOutRecordsWithoutIt() {
        ReportFilter visited = ReportFilter.in("visitDate", Period.lastDays(30));
        assertThat(standIn(List.of(new ReportGroup("visitDate", DateBucket.JALALI_MONTH), ReportGroup.of("ownerUnit")),
                List.of(ReportColumn.count()), List.of(visited))).map(RecordTable::countedBy).contains("visitDate");
        // without the filter, the records lacking a visit date are a group the counts do not hold
        assertThat(standIn(List.of(new ReportGroup("visitDate", DateBucket.JALALI_MONTH)), List.of(ReportColumn.count()), List.of())).isEmpty();
        assertThat(standIn(List.of(), List.of(ReportColumn.count()), List.of(ReportFilter.of("visitDate", FilterOperator.EMPTY)))).isEmpty();
    }

    @Test
    void anythingButCountingByOwnerUnitAndOneCountedDateReadsTheRecords() {
        List<ReportColumn> count = List.of(ReportColumn.count());
        assertThat(standIn(List.of(ReportGroup.of("owner")), List.of(new ReportColumn("amount", Aggregate.SUM)), List.of(LAST_YEAR))).isEmpty();
        assertThat(standIn(List.of(ReportGroup.of("owner")), List.of(new ReportColumn("id", Aggregate.COUNT)), List.of())).isEmpty();
        assertThat(standIn(List.of(ReportGroup.of("region")), count, List.of(LAST_YEAR))).isEmpty();
        assertThat(standIn(List.of(new ReportGroup("visitDate", DateBucket.JALALI_MONTH)), count, List.of(LAST_YEAR))).isEmpty();
        assertThat(standIn(List.of(), count, List.of(ReportFilter.in("followUp", Period.lastDays(7))))).isEmpty();
        assertThat(standIn(List.of(ReportGroup.of("owner")), count, List.of())).map(RecordTable::countedBy).contains("createdAt");
    }

    @Test
    void aFieldTheCallerMayNotSeeLeavesTheReportToTheRecordsWhichNameIt() {
        ReportDefinition byOwner = new ReportDefinition(null, null, VISIT, List.of(ReportGroup.of("owner")), List.of(ReportColumn.count()),
                List.of(), List.of(), null);
        assertThat(DayCountTable.standIn(byOwner, records(new FieldAccess(Set.of("owner"), Set.of())), COUNTED)).isEmpty();
    }
}
