package org.peyvand.platform.report.internal.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.report.Dashboard;
import org.peyvand.platform.report.DashboardWidget;
import org.peyvand.platform.report.KpiFigure;
import org.peyvand.platform.report.Period;
import org.peyvand.platform.report.ReportColumn;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportFilter;
import org.peyvand.platform.report.ReportGroup;
import org.peyvand.platform.report.SavedDashboard;
import org.peyvand.platform.report.WidgetKind;
import org.peyvand.platform.report.internal.Deals;
import org.peyvand.platform.report.internal.ReportServiceImpl;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.security.TestAccess;
import org.peyvand.platform.testing.security.TestGuard;

/**
 * Dashboards on an in-memory Derby: a KPI compared with the whole previous Jalali month across
 * Nowruz, widgets checked against the reports the caller sees, the default dashboard of a role,
 * and a module's dashboard kept read-only.
 */
class DashboardServiceTest {
    /** 10 Farvardin 1405 in Tehran. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-30T08:30:00Z"), ZoneOffset.UTC);

    private final TestDatabase db = new TestDatabase("crm.report");
    private final TestGuard guard = new TestGuard();
    private final ModuleReports shipped = new ModuleReports();
    private ReportLibraryImpl library;
    private DashboardServiceImpl dashboards;
    private String dealsThisMonth;
    private String dealsByOwner;

    @BeforeEach
    void wire() {
        LibraryStore store = People.store(db, mock(AuditTrail.class), CLOCK);
        ReportServiceImpl reports = Deals.reports(db, guard, new TestAccess(), CLOCK, 1_000);
        library = new ReportLibraryImpl(store, reports, shipped, guard);
        dashboards = new DashboardServiceImpl(store, library, reports, shipped, guard);
        dealsThisMonth = library.save(People.SARA, new ReportDefinition(null, LocalizedText.of("معامله‌های این ماه", null), Deals.TYPE, List.of(),
                List.of(ReportColumn.count()), List.of(ReportFilter.in("createdAt", Period.of(Period.Kind.THIS_MONTH))), List.of(), null),
                List.of()).key();
        dealsByOwner = library.save(People.SARA, new ReportDefinition(null, LocalizedText.of("معامله‌های هر کارشناس", null), Deals.TYPE,
                List.of(ReportGroup.of("owner")), List.of(ReportColumn.count()), List.of(), List.of(), null), List.of()).key();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aKpiIsComparedWithTheWholeMonthBefore() {
        KpiFigure figure = dashboards.figure(People.SARA, dealsThisMonth);

        assertThat(figure.value()).as("three deals in Farvardin 1405").isEqualByComparingTo("3");
        assertThat(figure.previous()).as("one in Esfand 1404, a minute before Nowruz").isEqualByComparingTo("1");
        assertThat(figure.change()).isEqualByComparingTo(new BigDecimal("200.0"));
        assertThat(fields(() -> dashboards.figure(People.SARA, dealsByOwner))).containsExactly("report");
    }

    @Test
    void widgetsShowReportsTheCallerSeesAndKpisNeedOneFigure() {
        Dashboard bad = new Dashboard(null, LocalizedText.of(" ", null), List.of(new DashboardWidget(WidgetKind.CHART, "report.nothing", null, 1),
                new DashboardWidget(WidgetKind.KPI, dealsByOwner, null, null), new DashboardWidget(WidgetKind.LIST, dealsByOwner, null, 5)),
                List.of());

        assertThat(fields(() -> dashboards.save(People.SARA, bad, List.of())))
                .containsExactly("title", "widgets[0].report", "widgets[1].kind", "widgets[2].width");
        assertThat(fields(() -> dashboards.save(People.REZA, dashboard("داشبورد رضا", List.of()), List.of())))
                .as("reza does not see sara's reports").containsExactly("widgets[0].report", "widgets[1].report");
        assertThat(dashboards.list(People.SARA)).isEmpty();
    }

    @Test
    void aRolesDefaultDashboardIsSharedWithItAndOpensFirst() {
        SavedDashboard own = dashboards.save(People.SARA, dashboard("الف: داشبورد من", List.of()), List.of());
        SavedDashboard auditors = dashboards.save(People.SARA, dashboard("داشبورد حسابرسان", List.of("auditor")), List.of());

        assertThat(auditors.key()).startsWith("dashboard.");
        assertThat(dashboards.home(People.SARA)).as("no role of hers has a default: her own first by title").map(SavedDashboard::key)
                .contains(own.key());
        assertThat(dashboards.list(People.NIMA)).extracting(SavedDashboard::key).containsExactly(auditors.key());
        assertThat(dashboards.home(People.NIMA)).map(SavedDashboard::key).contains(auditors.key());
        assertThat(dashboards.home(People.REZA)).isEmpty();
        assertThat(dashboards.get(People.SARA, auditors.key()).dashboard().widgets()).hasSize(2);
    }

    @Test
    void aModulesDashboardIsReadOnly() {
        shipped.add("org.example.sales", List.of(getClass().getResource("/library/sales-dashboard.json")));

        SavedDashboard overview = dashboards.get(People.REZA, "sales.overview");
        assertThat(overview.editable()).isFalse();
        assertThat(overview.dashboard().widgets()).extracting(DashboardWidget::span).containsExactly(2);
        assertThat(fields(() -> dashboards.delete(People.SARA, "sales.overview"))).containsExactly("key");
        assertThat(library.find(People.REZA, "sales.overview")).as("a dashboard is not a report").isEmpty();
    }

    private Dashboard dashboard(String title, List<String> defaultFor) {
        return new Dashboard(null, LocalizedText.of(title, null), List.of(new DashboardWidget(WidgetKind.KPI, dealsThisMonth, null, 1),
                new DashboardWidget(WidgetKind.CHART, dealsByOwner, null, 3)), defaultFor);
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
