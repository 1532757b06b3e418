package org.peyvand.platform.report.internal.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.BadRequestException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.report.Aggregate;
import org.peyvand.platform.report.ChartType;
import org.peyvand.platform.report.ReportColumn;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportGroup;
import org.peyvand.platform.report.ReportShare;
import org.peyvand.platform.report.SavedReport;
import org.peyvand.platform.report.internal.Deals;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.security.TestAccess;
import org.peyvand.platform.testing.security.TestGuard;

/**
 * Saved reports on an in-memory Derby: who sees them (owner, shared by name, role or a unit above
 * the caller's), who may change them, refusals naming the field, module reports kept read-only,
 * and export then import as JSON.
 */
class ReportLibraryTest {
    private static final Caller SARA = People.SARA;
    private static final Caller REZA = People.REZA;
    private static final Caller NIMA = People.NIMA;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-30T08:30:00Z"), ZoneOffset.UTC);

    private final TestDatabase db = new TestDatabase("crm.report");
    private final TestGuard guard = new TestGuard();
    private final AuditTrail audit = mock(AuditTrail.class);
    private final ModuleReports shipped = new ModuleReports();
    private ReportLibraryImpl library;

    @BeforeEach
    void wire() {
        library = new ReportLibraryImpl(People.store(db, audit, CLOCK), Deals.reports(db, guard, new TestAccess(), CLOCK, 1_000), shipped, guard);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ReportDefinition byOwner(String key, String title) {
        return new ReportDefinition(key, LocalizedText.of(title, null), Deals.TYPE, List.of(ReportGroup.of("owner")),
                List.of(ReportColumn.count(), new ReportColumn("amount", Aggregate.SUM)), List.of(), List.of(), ChartType.BAR);
    }

    @Test
    void aSavedReportIsItsOwnersUntilShared() {
        SavedReport saved = library.save(SARA, byOwner(null, "فروش هر کارشناس"), List.of());

        assertThat(saved.key()).startsWith("report.");
        assertThat(saved.owner()).isEqualTo("sara");
        assertThat(library.list(SARA)).extracting(SavedReport::key, SavedReport::editable).containsExactly(
                org.assertj.core.groups.Tuple.tuple(saved.key(), true));
        assertThat(library.get(SARA, saved.key()).definition().chart()).isEqualTo(ChartType.BAR);
        assertThat(library.list(REZA)).isEmpty();
        assertThatThrownBy(() -> library.get(REZA, saved.key())).isInstanceOf(NotFoundException.class);
        verify(audit).record(eq("sara"), eq(AuditTrail.CREATED), eq("platform.report"), eq(saved.key()), eq("فروش هر کارشناس"),
                any());
    }

    @Test
    void sharedByNameRoleOrAUnitAboveTheCallers() {
        String byName = library.save(SARA, byOwner(null, "الف"), List.of(new ReportShare(ReportShare.Kind.USER, "reza"))).key();
        String byRole = library.save(SARA, byOwner(null, "ب"), List.of(new ReportShare(ReportShare.Kind.ROLE, "auditor"))).key();
        String byUnit = library.save(SARA, byOwner(null, "پ"), List.of(new ReportShare(ReportShare.Kind.UNIT, "1"))).key();

        assertThat(library.list(REZA)).extracting(SavedReport::key).containsExactly(byName, byUnit);
        assertThat(library.list(REZA)).noneMatch(SavedReport::editable);
        assertThat(library.list(NIMA)).extracting(SavedReport::key).containsExactly(byRole);
        assertThat(library.get(SARA, byRole).shares()).containsExactly(new ReportShare(ReportShare.Kind.ROLE, "auditor"));
    }

    @Test
    void onlyTheOwnerChangesOrDeletesIt() {
        SavedReport saved = library.save(SARA, byOwner(null, "الف"), List.of(new ReportShare(ReportShare.Kind.USER, "reza")));

        assertThatThrownBy(() -> library.save(REZA, byOwner(saved.key(), "دزدیده"), List.of())).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).extracting(FieldError::field).containsExactly("key"));
        assertThatThrownBy(() -> library.delete(REZA, saved.key())).isInstanceOf(NotFoundException.class);

        library.save(SARA, byOwner(saved.key(), "فروش"), List.of());
        assertThat(library.get(SARA, saved.key()).definition().title().fa()).isEqualTo("فروش");
        assertThat(library.list(REZA)).isEmpty();

        library.delete(SARA, saved.key());
        assertThat(library.list(SARA)).isEmpty();
    }

    @Test
    void reportsOverATypeTheCallerMayNotReadAreNotListed() {
        library.save(SARA, byOwner(null, "الف"), List.of(new ReportShare(ReportShare.Kind.USER, "reza")));
        guard.deny(Deals.PERMISSION);

        assertThat(library.list(REZA)).isEmpty();
    }

    @Test
    void refusalsNameTheField() {
        ReportDefinition untitled = byOwner(null, " ");
        ReportDefinition notAggregated = new ReportDefinition(null, LocalizedText.of("الف", null), Deals.TYPE, List.of(ReportGroup.of("owner")),
                List.of(ReportColumn.of("title")), List.of(), List.of(), null);

        assertThat(fields(() -> library.save(SARA, untitled, List.of()))).containsExactly("title");
        assertThat(fields(() -> library.save(SARA, notAggregated, List.of()))).containsExactly("columns[0].aggregate");
        assertThat(fields(() -> library.save(SARA, byOwner(null, "الف"), List.of(new ReportShare(ReportShare.Kind.USER, "ghost"),
                new ReportShare(ReportShare.Kind.UNIT, "404"))))).containsExactly("shares[0]", "shares[1]");
        assertThat(library.list(SARA)).isEmpty();
    }

    @Test
    void aModulesReportIsListedReadOnlyAndLeavesWithItsModule() {
        List<String> keys = shipped.add("org.example.sales", List.of(getClass().getResource("/library/deals-by-stage.json")));

        assertThat(keys).containsExactly("sales.dealsByStage");
        SavedReport report = library.get(REZA, "sales.dealsByStage");
        assertThat(report.module()).isEqualTo("org.example.sales");
        assertThat(report.editable()).isFalse();
        assertThat(report.definition().chart()).isEqualTo(ChartType.PIE);
        assertThat(fields(() -> library.delete(SARA, "sales.dealsByStage"))).containsExactly("key");
        assertThat(fields(() -> library.save(SARA, byOwner("sales.dealsByStage", "الف"), List.of()))).containsExactly("key");

        shipped.remove("org.example.sales", keys);
        assertThat(library.find(REZA, "sales.dealsByStage")).isEmpty();
    }

    @Test
    void exportedReportsImportAsTheImportersOwn() {
        SavedReport saved = library.save(SARA, byOwner(null, "فروش هر کارشناس"), List.of(new ReportShare(ReportShare.Kind.USER, "reza")));
        String json = library.export(SARA, List.of());
        assertThat(json).contains("\"reports\"", saved.key(), "فروش هر کارشناس").doesNotContain("shares");

        assertThat(fields(() -> library.importJson(REZA, json))).containsExactly("reports[0].key");
        List<SavedReport> copies = library.importJson(REZA, json.replace("\"key\" : \"" + saved.key() + "\",", ""));
        assertThat(copies).singleElement().satisfies(copy -> {
            assertThat(copy.key()).isNotEqualTo(saved.key()).startsWith("report.");
            assertThat(copy.owner()).isEqualTo("reza");
        });

        List<SavedReport> again = library.importJson(SARA, json.replace("فروش هر کارشناس", "فروش هر کارشناس ۱۴۰۵"));
        assertThat(again).extracting(SavedReport::key).containsExactly(saved.key());
        assertThat(library.get(SARA, saved.key()).definition().title().fa()).isEqualTo("فروش هر کارشناس ۱۴۰۵");

        assertThatThrownBy(() -> library.importJson(SARA, "{\"reports\": [{\"recordType\": ")).isInstanceOf(BadRequestException.class);
        assertThat(fields(() -> library.importJson(SARA, "{\"reports\": [{\"title\": {\"fa\": \"الف\"}, \"recordType\": \"sales.deal\"}]}")))
                .containsExactly("reports[0].columns");
    }

    private static List<String> fields(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e.fieldErrors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("not refused");
    }
}
