package org.peyvand.ui.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.report.Dashboard;
import org.peyvand.platform.report.DashboardWidget;
import org.peyvand.platform.report.ReportShare;
import org.peyvand.platform.report.SavedDashboard;
import org.peyvand.platform.report.WidgetKind;

class DashboardDraftTest {
    private static final DashboardWidget FIGURE = new DashboardWidget(WidgetKind.KPI, "accounts.newContactsThisMonth", null, 1);
    private static final DashboardWidget CHART = new DashboardWidget(WidgetKind.CHART, "report.a1", LocalizedText.of("ماهانه", "Monthly"), 3);
    private static final DashboardWidget LIST = new DashboardWidget(WidgetKind.LIST, "report.b2", null, 4);

    private static SavedDashboard saved(List<String> defaultFor, List<ReportShare> shares) {
        Dashboard dashboard = new Dashboard("dashboard.c3", LocalizedText.of("فروش", "Sales"), List.of(FIGURE, CHART, LIST), defaultFor);
        return new SavedDashboard(dashboard, "admin", null, shares, Instant.EPOCH, true);
    }

    @Test
    void aNewDashboardHasNoKeyAndANewWidgetIsAHalfWidthChartAwaitingItsReport() {
        DashboardDraft draft = DashboardDraft.of(null);
        draft.add();

        Dashboard dashboard = draft.build("فروش", "", List.of());

        assertThat(dashboard.key()).as("the service names a new one").isNull();
        assertThat(dashboard.widgets()).containsExactly(new DashboardWidget(WidgetKind.CHART, null, null, 2));
    }

    @Test
    void movingSwapsWithTheNeighbourAndStopsAtEitherEnd() {
        DashboardDraft draft = DashboardDraft.of(saved(List.of(), List.of()));

        draft.move(2, -1);
        assertThat(draft.widgets()).containsExactly(FIGURE, LIST, CHART);
        draft.move(0, -1);
        draft.move(2, 1);
        assertThat(draft.widgets()).as("nothing moves past the ends").containsExactly(FIGURE, LIST, CHART);
        draft.move(0, 1);
        assertThat(draft.widgets()).containsExactly(LIST, FIGURE, CHART);
    }

    @Test
    void aChangedOrRemovedWidgetKeepsTheOthersInTheirPlaces() {
        DashboardDraft draft = DashboardDraft.of(saved(List.of(), List.of()));
        DashboardWidget wider = new DashboardWidget(WidgetKind.KPI, FIGURE.report(), null, 2);

        draft.set(0, wider);
        draft.remove(1);

        assertThat(draft.widgets()).containsExactly(wider, LIST);
    }

    @Test
    void theBuiltDashboardKeepsItsKeyWidgetTitlesAndTheRolesChosen() {
        DashboardDraft draft = DashboardDraft.of(saved(List.of("sales"), List.of()));

        Dashboard dashboard = draft.build("  فروش ماه  ", " ", List.of("staff", "manager"));

        assertThat(dashboard.key()).isEqualTo("dashboard.c3");
        assertThat(dashboard.title()).as("trimmed; a blank title is none").isEqualTo(LocalizedText.of("فروش ماه", null));
        assertThat(dashboard.widgets()).containsExactly(FIGURE, CHART, LIST);
        assertThat(dashboard.defaultFor()).containsExactly("staff", "manager");
    }

    @Test
    void editingDoesNotChangeTheSavedDashboardsWidgets() {
        SavedDashboard saved = saved(List.of(), List.of());
        DashboardDraft draft = DashboardDraft.of(saved);

        draft.remove(0);

        assertThat(saved.dashboard().widgets()).containsExactly(FIGURE, CHART, LIST);
    }

    @Test
    void theRolesItOpensFirstForAreNotListedAgainAsShares() {
        ReportShare colleague = new ReportShare(ReportShare.Kind.USER, "sara");
        ReportShare role = new ReportShare(ReportShare.Kind.ROLE, "staff");
        ReportShare unit = new ReportShare(ReportShare.Kind.UNIT, "sales");
        SavedDashboard saved = saved(List.of("sales"), List.of(colleague, role, unit, new ReportShare(ReportShare.Kind.ROLE, "sales")));

        assertThat(DashboardDraft.givenShares(saved)).as("a unit of the same name as a role stays").containsExactly(colleague, role, unit);
    }
}
