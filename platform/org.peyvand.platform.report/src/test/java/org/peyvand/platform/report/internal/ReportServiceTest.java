package org.peyvand.platform.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.peyvand.platform.report.internal.calendar.DayTable;
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
    private static final String DEALS = "sales.deal";
    private static final Caller SARA = new Caller("sara", 7, Set.of("staff"), DisplayPreferences.defaults(DisplayPreferences.PERSIAN));
    private static final Caller REZA = new Caller("reza", 8, Set.of("staff"), DisplayPreferences.defaults(DisplayPreferences.PERSIAN));
    /** 10 Farvardin 1405, noon in Tehran. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-30T08:30:00Z"), ZoneOffset.UTC);

    private final TestDatabase db = new TestDatabase("crm.report");
    private final TestAccess access = new TestAccess();
    private final TestGuard guard = new TestGuard();
    private ReportServiceImpl reports;

    @BeforeEach
    void deals() {
        DayTable.wiredWith(db.transactions()).fill();
        db.tx(em -> {
            em.createNativeQuery("CREATE TABLE t_deal (id BIGINT PRIMARY KEY, title VARCHAR(100), stage VARCHAR(20), amount DECIMAL(19, 0),"
                    + " closed_on DATE, owner VARCHAR(64), owner_unit_id BIGINT, created_at TIMESTAMP, updated_at TIMESTAMP)").executeUpdate();
            // the last minute of 1404 and the first of 1405 in Tehran
            deal(em, 1, "بازدید پالایشگاه", "won", 1_000_000_000L, "sara", 7, "2026-03-20T20:29:00Z");
            deal(em, 2, "قرارداد پلیمر", "won", 3_000_000_000L, "sara", 7, "2026-03-20T20:31:00Z");
            deal(em, 3, "تمدید قرارداد", "lost", 500_000_000L, "reza", 8, "2026-03-25T06:00:00Z");
            deal(em, 4, "فروش اوره", "won", 2_000_000_000L, "reza", 8, "2026-03-29T06:00:00Z");
        });
        CustomFields forms = mock(CustomFields.class);
        FormDefinition form = new FormDefinition(DEALS, FormKind.RECORD_TYPE, "sales", LocalizedText.of("معامله", "Deal"), List.of(
                builtIn("title", FieldType.TEXT), builtIn("stage", FieldType.SELECT), builtIn("amount", FieldType.MONEY),
                builtIn("closedOn", FieldType.DATE)), List.of(), List.of("title"), null, 1);
        when(forms.form(DEALS)).thenReturn(Optional.of(form));
        when(forms.recordTypes()).thenReturn(List.of(form));
        reports = ReportServiceImpl.wiredWith(db.transactions(), guard, access, forms, CLOCK);
        reports.addSource(new DealSource(), Map.of(ReportSource.TYPE, DEALS));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static FieldDefinition builtIn(String name, FieldType type) {
        return FieldDefinition.of(name, type, LocalizedText.of(name, name)).withBuiltIn(true);
    }

    private static void deal(javax.persistence.EntityManager em, long id, String title, String stage, long amount, String owner, long unit,
            String created) {
        Timestamp at = Timestamp.from(Instant.parse(created));
        em.createNativeQuery("INSERT INTO t_deal VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)").setParameter(1, id).setParameter(2, title)
                .setParameter(3, stage).setParameter(4, BigDecimal.valueOf(amount)).setParameter(5, Date.valueOf(LocalDate.of(2026, 4, 1)))
                .setParameter(6, owner).setParameter(7, unit).setParameter(8, at).setParameter(9, at).executeUpdate();
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
    void aDefinitionThatCannotRunIsRefusedPartByPart() {
        assertThatThrownBy(() -> reports.run(SARA, report(List.of(new ReportGroup("title", DateBucket.JALALI_YEAR)),
                List.of(new ReportColumn("title", Aggregate.SUM), ReportColumn.of("stage")),
                List.of(ReportFilter.of("amount", FilterOperator.GREATER, "بسیار")))))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.fieldErrors()).extracting(FieldError::field)
                        .containsExactly("groups[0].bucket", "columns[0].aggregate", "columns[1].aggregate", "filters[0].values"));
        assertThatThrownBy(() -> reports.run(SARA, new ReportDefinition(null, null, "nothing.here", List.of(), List.of(ReportColumn.count()),
                List.of(), List.of(), null))).isInstanceOf(NotFoundException.class);
        guard.deny("sales.deal.read");
        assertThatThrownBy(() -> reports.run(SARA, report(List.of(), List.of(ReportColumn.count()), List.of())))
                .as("a type the caller may not read is not there for them").isInstanceOf(NotFoundException.class);
    }

    private static final class DealSource implements ReportSource {
        private static final Map<String, String> COLUMNS = Map.of("title", "title", "stage", "stage", "amount", "amount", "closedOn", "closed_on");

        @Override
        public String table() {
            return "t_deal";
        }

        @Override
        public String ownerColumn() {
            return "owner";
        }

        @Override
        public String unitColumn() {
            return "owner_unit_id";
        }

        @Override
        public String permission() {
            return "sales.deal.read";
        }

        @Override
        public Optional<String> column(String field) {
            return Optional.ofNullable(COLUMNS.get(field));
        }
    }
}
