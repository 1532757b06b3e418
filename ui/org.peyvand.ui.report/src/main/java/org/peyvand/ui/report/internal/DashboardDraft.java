package org.peyvand.ui.report.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.report.Dashboard;
import org.peyvand.platform.report.DashboardWidget;
import org.peyvand.platform.report.ReportShare;
import org.peyvand.platform.report.SavedDashboard;
import org.peyvand.platform.report.WidgetKind;

/** The widgets of a dashboard being edited, in order, and the dashboard they make once titled. */
final class DashboardDraft {
    /** A new widget spans half the dashboard. */
    static final int NEW_WIDTH = 2;

    private final String key;
    private final List<DashboardWidget> widgets;

    private DashboardDraft(String key, List<DashboardWidget> widgets) {
        this.key = key;
        this.widgets = new ArrayList<>(widgets);
    }

    /** A draft of a saved dashboard, or of a new one for {@code null}. */
    static DashboardDraft of(SavedDashboard saved) {
        return saved == null ? new DashboardDraft(null, List.of()) : new DashboardDraft(saved.key(), saved.dashboard().widgets());
    }

    List<DashboardWidget> widgets() {
        return Collections.unmodifiableList(widgets);
    }

    /** Adds a chart yet to be given its report. */
    void add() {
        widgets.add(new DashboardWidget(WidgetKind.CHART, null, null, NEW_WIDTH));
    }

    void set(int index, DashboardWidget widget) {
        widgets.set(index, widget);
    }

    void remove(int index) {
        widgets.remove(index);
    }

    /** Swaps a widget with its neighbour {@code by} places away (-1 earlier, 1 later); nothing moves past either end. */
    void move(int index, int by) {
        int to = index + by;
        if (to >= 0 && to < widgets.size()) {
            Collections.swap(widgets, index, to);
        }
    }

    /** The dashboard to save: a title left blank in one language is none, and the service asks for the Persian one. */
    Dashboard build(String titleFa, String titleEn, Collection<String> defaultFor) {
        return new Dashboard(key, LocalizedText.of(text(titleFa), text(titleEn)), widgets, List.copyOf(defaultFor));
    }

    /**
     * The shares one gave: the service shares a dashboard with the roles it opens first for as well,
     * which are edited as those roles, so that taking a role off takes its share off too.
     */
    static List<ReportShare> givenShares(SavedDashboard saved) {
        List<String> roles = saved.dashboard().defaultFor();
        return saved.shares().stream().filter(s -> s.kind() != ReportShare.Kind.ROLE || !roles.contains(s.id())).toList();
    }

    private static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
