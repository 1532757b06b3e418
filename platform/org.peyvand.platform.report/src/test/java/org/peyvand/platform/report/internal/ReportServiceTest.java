package org.peyvand.platform.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.report.Aggregate;
import org.peyvand.platform.report.DateBucket;
import org.peyvand.platform.report.FilterOperator;
import org.peyvand.platform.report.Period;
import org.peyvand.platform.report.ReportColumn;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportFilter;
import org.peyvand.platform.report.ReportGroup;
import org.peyvand.platform.report.ReportResult;
import org.peyvand.platform.report.ReportSort;
import org.peyvand.platform.report.ReportSource;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.security.RecordScope;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.security.TestAccess;
import org.peyvand.platform.testing.security.TestGuard;

/**
 * Reports over a module's table on an in-memory Derby: grouped by owner and Jalali month across
 * Nowruz in Tehran's time, sums and averages, a period filter, the caller's scope and field rules,
 * and refusals that name the part of the definition at fault.
 */
class ReportServiceTest {
    private static final String DEALS = Deals.TYPE;
    private static final Caller SARA = new Caller("sara", 7, Set.of("staff"), DisplayPreferences.defaults(DisplayPreferences.PERSIAN));
    private static final Caller REZA = new Caller("reza", 8, Set.of("staff"), DisplayPreferences.defaults(DisplayPreferences.PERSIAN));
    /** 10 Farvardin 1405, noon in Tehran. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-30T08:30:00Z"), ZoneOffset.UTC);

    private final TestDatabase db = new TestDatabase("crm.report");
    private final TestAccess access = new TestAccess();
    private final TestGuard guard = new TestGuard();
    private final CustomFields forms = Deals.forms();
    private ReportServiceImpl reports;

    @BeforeEach
    void deals() {
        reports = Deals.reports(db, guard, access, CLOCK, 1_000, forms);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ReportDefinition report(List<ReportGroup> groups, List<ReportColumn> columns, List<ReportFilter> filters) {
        return new ReportDefinition(null, null, DEALS, groups, columns, filters, List.of(), null);
    }

    @Test
    void dealsCountPerOwnerAndJalaliMonthInTehransTime() {
        ReportResult result = reports.run(SARA, report(List.of(ReportGroup.of("owner"), new ReportGroup("createdAt", DateBucket.JALALI_MONTH)),
                List.of(ReportColumn.count(), new ReportColumn("amount", Aggregate.SUM)), List.of()));

        assertThat(result.rows()).containsExactly(
                List.of("reza", LocalDate.of(2026, 3, 21), 2L, 2_500_000_000L),
                List.of("sara", LocalDate.of(2026, 2, 20), 1L, 1_000_000_000L),
                List.of("sara", LocalDate.of(2026, 3, 21), 1L, 3_000_000_000L));
        assertThat(result.columns().get(1).bucket()).isEqualTo(DateBucket.JALALI_MONTH);
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void leastAndGreatestPerJalaliYearAddUpAcrossTheDaysOfIt() {
        ReportResult result = reports.run(SARA, report(List.of(new ReportGroup("createdAt", DateBucket.JALALI_YEAR)),
                List.of(new ReportColumn("amount", Aggregate.MIN), new ReportColumn("amount", Aggregate.MAX), new ReportColumn("title", Aggregate.COUNT)),
                List.of()));

        assertThat(result.rows()).containsExactly(
                List.of(LocalDate.of(2025, 3, 21), 1_000_000_000L, 1_000_000_000L, 1L),
                List.of(LocalDate.of(2026, 3, 21), 500_000_000L, 3_000_000_000L, 3L));
    }

    @Test
    void averagesAndSortsAndFiltersByAPeriodInTheUsersCalendar() {
        ReportDefinition byStage = new ReportDefinition(null, null, DEALS, List.of(ReportGroup.of("stage")),
                List.of(ReportColumn.count(), new ReportColumn("amount", Aggregate.AVG)),
                List.of(ReportFilter.in("createdAt", Period.of(Period.Kind.THIS_MONTH))), List.of(new ReportSort(1, true)), null);

        ReportResult result = reports.run(SARA, byStage);

        // Farvardin 1405 began on 21 March: the deal of 29 Esfand stays out
        assertThat(result.rows()).containsExactly(List.of("won", 2L, new BigDecimal("2.5E+9")), List.of("lost", 1L, new BigDecimal("5E+8")));
    }

    @Test
    void aListReadsRecordsInTheirOrderAndDayFiltersTakeJalaliDates() {
        ReportResult result = reports.run(SARA, report(List.of(), List.of(ReportColumn.of("title"), ReportColumn.of("createdAt")),
                List.of(ReportFilter.of("createdAt", FilterOperator.GREATER_OR_EQUAL, "۱۴۰۵/۰۱/۰۵"),
                        ReportFilter.of("closedOn", FilterOperator.EQUALS, "2026-04-01"))));

        assertThat(result.rows()).extracting(row -> row.get(0)).containsExactly("تمدید قرارداد", "فروش اوره");
        assertThat(result.rows().get(0).get(1)).isEqualTo(Instant.parse("2026-03-25T06:00:00Z"));
    }

    @Test
    void everyTypeListsItsRecordsIdsSoAListCanOpenThem() {
        assertThat(reports.types(SARA).get(0).fields()).extracting(f -> f.name()).contains("id", "owner", "ownerUnit", "createdAt", "updatedAt");
        ReportResult result = reports.run(SARA, report(List.of(), List.of(ReportColumn.of("id"), ReportColumn.of("title")),
                List.of(ReportFilter.of("title", FilterOperator.EQUALS, "فروش اوره"))));

        assertThat(result.rows()).containsExactly(List.of(4L, "فروش اوره"));
    }

    @Test
    void aDesignedTypesDayIsFilteredAndGroupedAsTheFormKernelKeepsIt() {
        String visits = "custom.visit";
        FormDefinition form = new FormDefinition(visits, FormKind.RECORD_TYPE, null, LocalizedText.of("بازدید", "Visit"),
                List.of(FieldDefinition.of("visitDate", FieldType.DATE, LocalizedText.of("تاریخ بازدید", "Visit date"))), List.of(),
                List.of("visitDate"), null, 1);
        when(forms.form(visits)).thenReturn(Optional.of(form));
        db.tx(em -> {
            em.createNativeQuery("CREATE TABLE frm_record (id BIGINT PRIMARY KEY, record_type VARCHAR(120), owner VARCHAR(64),"
                    + " owner_unit_id BIGINT, created_at TIMESTAMP, updated_at TIMESTAMP)").executeUpdate();
            em.createNativeQuery("CREATE TABLE frm_value (record_type VARCHAR(120), record_id BIGINT, field VARCHAR(64), seq INT,"
                    + " text_value VARCHAR(4000), number_value DECIMAL(31, 6), time_value TIMESTAMP)").executeUpdate();
            // days are kept at midnight UTC: the last day of 1404, the first and the last of Farvardin 1405, and 1 Ordibehesht
            String[] days = {"2026-03-20", "2026-03-21", "2026-04-20", "2026-04-21"};
            for (int i = 0; i < days.length; i++) {
                Timestamp created = Timestamp.from(Instant.parse("2026-03-01T06:00:00Z"));
                em.createNativeQuery("INSERT INTO frm_record VALUES (?1, ?2, 'sara', 7, ?3, ?3)").setParameter(1, i + 1L)
                        .setParameter(2, visits).setParameter(3, created).executeUpdate();
                em.createNativeQuery("INSERT INTO frm_value (record_type, record_id, field, seq, time_value) VALUES (?1, ?2, 'visitDate', 0, ?3)")
                        .setParameter(1, visits).setParameter(2, i + 1L)
                        .setParameter(3, Timestamp.valueOf(LocalDate.parse(days[i]).atStartOfDay())).executeUpdate();
            }
        });

        ReportResult farvardin = reports.run(SARA, new ReportDefinition(null, null, visits,
                List.of(new ReportGroup("visitDate", DateBucket.JALALI_MONTH)), List.of(ReportColumn.count()),
                List.of(ReportFilter.in("visitDate", Period.of(Period.Kind.THIS_MONTH))), List.of(), null));
        ReportResult fromNowruz = reports.run(SARA, new ReportDefinition(null, null, visits, List.of(), List.of(ReportColumn.count()),
                List.of(ReportFilter.of("visitDate", FilterOperator.GREATER_OR_EQUAL, "1405/01/01"),
                        ReportFilter.of("visitDate", FilterOperator.LESS_OR_EQUAL, "1405/01/31")), List.of(), null));

        assertThat(farvardin.rows()).containsExactly(List.of(LocalDate.of(2026, 3, 21), 2L));
        assertThat(fromNowruz.rows()).containsExactly(List.of(2L));
    }

    @Test
    void theCallersScopeAndFieldRulesNarrowTheReport() {
        access.scope(SARA, DEALS, RecordScope.Level.OWN, Set.of());
        access.fields(SARA, DEALS, new FieldAccess(Set.of("amount"), Set.of()));

        ReportResult result = reports.run(SARA, report(List.of(ReportGroup.of("stage")),
                List.of(ReportColumn.count(), new ReportColumn("amount", Aggregate.SUM)), List.of()));

        assertThat(result.rows()).containsExactly(List.of("won", 2L));
        assertThat(result.missingFields()).containsExactly("amount");
        assertThat(reports.types(SARA).get(0).fields()).extracting(f -> f.name()).doesNotContain("amount").contains("title", "createdAt");
        assertThat(reports.run(REZA, report(List.of(), List.of(ReportColumn.count()), List.of())).rows()).containsExactly(List.of(4L));
    }

    @Test
    void aSearchKeepsTheRecordsItsWordsBeginWithinTheCallersScope() {
        // typed with the Arabic yeh, as some keyboards do; each word the start of one of the title's
        ReportResult all = reports.run(SARA, report(List.of(), List.of(ReportColumn.of("id")),
                List.of(new ReportFilter(null, FilterOperator.SEARCH, List.of("قرارداد"), null))));
        ReportResult both = reports.run(SARA, report(List.of(), List.of(ReportColumn.of("id")),
                List.of(new ReportFilter(null, FilterOperator.SEARCH, List.of("قرار  تمدي"), null))));
        access.scope(SARA, DEALS, RecordScope.Level.OWN, Set.of());
        ReportResult own = reports.run(SARA, report(List.of(), List.of(ReportColumn.of("id")),
                List.of(new ReportFilter(null, FilterOperator.SEARCH, List.of("قرارداد"), null))));

        assertThat(all.rows()).containsExactly(List.of(2L), List.of(3L));
        assertThat(both.rows()).containsExactly(List.of(3L));
        assertThat(own.rows()).containsExactly(List.of(2L));
    }

    @Test
    void recordsWithoutTheDateAGroupReadAreAGroupOfTheirOwn() {
        db.tx(em -> em.createNativeQuery("UPDATE t_deal SET closed_on = NULL WHERE id = 4").executeUpdate());

        ReportResult byMonth = reports.run(SARA, report(List.of(new ReportGroup("closedOn", DateBucket.JALALI_MONTH)),
                List.of(ReportColumn.count(), new ReportColumn("amount", Aggregate.SUM)), List.of()));

        assertThat(byMonth.rows()).containsExactly(List.of(LocalDate.of(2026, 3, 21), 3L, 4_500_000_000L),
                Arrays.asList(null, 1L, 2_000_000_000L));
    }

    @Test
    void fieldsOfTheRecordALookupPointsToAreReadWithinTheCallersScopeAndFieldRulesOfThatType() {
        ReportDefinition byTier = report(List.of(ReportGroup.of("customerId.tier")), List.of(ReportColumn.count()), List.of());
        ReportDefinition ofJam = report(List.of(), List.of(ReportColumn.of("title")),
                List.of(ReportFilter.of("customerId.name", FilterOperator.EQUALS, "پتروشیمی جم")));

        assertThat(reports.run(REZA, byTier).rows()).containsExactly(List.of("gold", 2L), List.of("silver", 1L), Arrays.asList(null, 1L));
        assertThat(reports.run(REZA, ofJam).rows()).containsExactly(List.of("بازدید پالایشگاه"), List.of("قرارداد پلیمر"));
        assertThat(reports.types(REZA).get(0).fields()).filteredOn(f -> f.name().equals("customerId.tier"))
                .extracting(f -> f.label().in("fa")).containsExactly("customerId › tier");

        access.scope(REZA, Deals.CUSTOMER, RecordScope.Level.OWN, Set.of());
        assertThat(reports.run(REZA, byTier).rows()).as("sara's customer is not reza's to see, her deals still are")
                .containsExactly(List.of("silver", 1L), Arrays.asList(null, 3L));

        access.fields(REZA, Deals.CUSTOMER, new FieldAccess(Set.of("tier"), Set.of()));
        ReportResult hidden = reports.run(REZA, report(List.of(ReportGroup.of("customerId.tier")), List.of(ReportColumn.count()),
                List.of(ReportFilter.of("customerId.name", FilterOperator.NOT_EMPTY))));
        assertThat(hidden.missingFields()).containsExactly("customerId.tier");
        assertThat(hidden.rows()).containsExactly(List.of(1L));

        guard.deny(Deals.CUSTOMER_PERMISSION);
        assertThat(reports.types(REZA).get(0).fields()).extracting(f -> f.name()).contains("customerId").noneMatch(f -> f.contains("."));
    }

    @Test
    void aDefinitionThatCannotRunIsRefusedPartByPart() {
        assertThatThrownBy(() -> reports.run(SARA, report(List.of(new ReportGroup("title", DateBucket.JALALI_YEAR)),
                List.of(new ReportColumn("title", Aggregate.SUM), ReportColumn.of("stage")),
                List.of(ReportFilter.of("amount", FilterOperator.GREATER, "بسیار")))))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.fieldErrors()).extracting(FieldError::field)
                        .containsExactly("groups[0].bucket", "columns[0].aggregate", "columns[1].aggregate", "filters[0].values"));
        assertThatThrownBy(() -> reports.run(SARA, new ReportDefinition(null, null, "nothing.here", List.of(), List.of(ReportColumn.count()),
                List.of(), List.of(), null))).isInstanceOf(NotFoundException.class);
        guard.deny(Deals.PERMISSION);
        assertThatThrownBy(() -> reports.run(SARA, report(List.of(), List.of(ReportColumn.count()), List.of())))
                .as("a type the caller may not read is not there for them").isInstanceOf(NotFoundException.class);
    }

    @Test
    void aReportWithoutFiltersThatWouldReadMoreThanTheLimitAsksForOne() {
        access.scope(SARA, DEALS, RecordScope.Level.OWN, Set.of());
        ReportQueries queries = new ReportQueries(db.transactions(), guard, access, Deals.forms(), CLOCK);
        queries.addSource(Deals.source(), Map.of(ReportSource.TYPE, DEALS));
        ReportServiceImpl narrow = new ReportServiceImpl(queries, 3);
        ReportDefinition all = report(List.of(ReportGroup.of("owner")), List.of(ReportColumn.count()), List.of());

        assertThatThrownBy(() -> narrow.run(REZA, all)).isInstanceOfSatisfying(ValidationException.class,
                refused -> assertThat(refused.fieldErrors()).extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("filters", "report.error.tooBroad")));
        assertThat(narrow.run(SARA, all).rows()).as("sara's scope holds two").containsExactly(List.of("sara", 2L));
        assertThat(narrow.run(REZA, all.narrowedBy(List.of(ReportFilter.of("stage", FilterOperator.EQUALS, "won")))).rows())
                .containsExactly(List.of("reza", 1L), List.of("sara", 2L));
    }

    @Test
    void computedColumnsAreEvaluatedPerRowInTheSandbox() {
        ReportResult result = reports.run(SARA, new ReportDefinition(null, null, DEALS, List.of(ReportGroup.of("owner")), List.of(
                ReportColumn.count(), ReportColumn.computed("sum_amount / count", LocalizedText.of("میانگین", "Average")),
                new ReportColumn("amount", Aggregate.SUM), ReportColumn.computed("sum_amount / (count - 2)", LocalizedText.of("بخش", "Share"))),
                List.of(), List.of(new ReportSort(3, true)), null));

        assertThat(result.columns()).extracting(c -> c.label().en()).containsExactly("Owner", "Count", "Average", "amount", "Share");
        assertThat(result.rows()).as("by the sum, largest first; a division by zero leaves the cell empty").containsExactly(
                Arrays.asList("sara", 2L, new BigDecimal("2E+9"), 4_000_000_000L, null),
                Arrays.asList("reza", 2L, new BigDecimal("1.25E+9"), 2_500_000_000L, null));

        assertThat(refused(List.of(ReportColumn.count(), ReportColumn.computed("count * 2", null),
                new ReportColumn("amount", Aggregate.SUM, "count", LocalizedText.of("پ", null)),
                ReportColumn.computed("count * 3", LocalizedText.of("ت", null))), List.of(new ReportSort(2, false))))
                .as("the query's refusals first").containsExactly("columns[1].label", "columns[2].expression", "sorts[0].column");
        assertThat(refused(List.of(ReportColumn.count(), ReportColumn.computed("count * price", LocalizedText.of("الف", null)),
                ReportColumn.computed("''.getClass()", LocalizedText.of("ب", null))), List.of()))
                .as("then each expression's, in the sandbox").containsExactly("columns[1].expression", "columns[2].expression");
    }

    private List<String> refused(List<ReportColumn> columns, List<ReportSort> sorts) {
        try {
            reports.run(SARA, new ReportDefinition(null, null, DEALS, List.of(ReportGroup.of("owner")), columns, List.of(), sorts, null));
        } catch (ValidationException e) {
            return e.fieldErrors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("not refused");
    }
}
