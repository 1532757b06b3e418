package org.peyvand.ui.report.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.report.DashboardWidget;
import org.peyvand.platform.report.KpiFigure;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportResult;
import org.peyvand.platform.report.ReportType;
import org.peyvand.platform.report.SavedReport;
import org.peyvand.platform.report.WidgetKind;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.report.internal.chart.ChartData;
import org.peyvand.ui.report.internal.chart.ReportChart;

import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;

/**
 * One widget of a dashboard: its report as a chart (a table when it draws none), its first rows,
 * or a figure with its change against the previous period. A report the user does not see shows
 * as unavailable, and a grouped row or bar opens the records behind it.
 */
final class DashboardTile extends CssLayout {
    private static final long serialVersionUID = 1L;
    /** The rows a list widget shows. */
    static final int LIST_ROWS = 10;

    private final transient UiContext context;
    private final transient ReportServices services;

    DashboardTile(UiContext context, ReportServices services, DashboardWidget widget, int index) {
        this.context = context;
        this.services = services;
        setId("dashboard-widget-" + index);
        addStyleName("crm-dashboard-tile");
        addStyleName("crm-dashboard-span-" + Math.max(1, Math.min(DashboardWidget.COLUMNS, widget.span())));
        Messages messages = context.messages();
        String language = messages.locale().getLanguage();
        Optional<SavedReport> report = context.call(() -> services.library().find(context.caller(), widget.report()).orElse(null));
        String title = widget.title() != null && !widget.title().in(language).isBlank() ? widget.title().in(language)
                : report.map(r -> Titles.of(r.definition(), language, messages)).orElse(widget.report());
        Label heading = new Label(title);
        heading.addStyleName("crm-dashboard-title");
        addComponent(heading);
        if (report.isEmpty()) {
            addComponent(notice(messages.get("report.ui.dashboard.unavailable")));
            return;
        }
        ReportDefinition definition = report.get().definition();
        if (widget.kind() == WidgetKind.KPI) {
            context.call(() -> services.dashboards().figure(context.caller(), widget.report())).ifPresent(f -> addFigure(f, index));
        } else {
            context.call(() -> services.reports().run(context.caller(), definition)).ifPresent(r -> addResult(widget, definition, r, index));
        }
    }

    private void addFigure(KpiFigure figure, int index) {
        Messages messages = context.messages();
        ReportResult one = new ReportResult(List.of(figure.column()), List.of(Arrays.asList((Object) figure.value())), false, List.of());
        ResultText text = ResultText.of(one, false, messages, context.format(), (t, keys) -> services.names(context, t, keys));
        Label value = new Label(text.cell(figure.column(), figure.value()));
        value.setId("dashboard-kpi-" + index);
        value.addStyleName("crm-dashboard-figure");
        addComponent(value);
        if (figure.previous() != null) {
            String before = text.cell(figure.column(), figure.previous());
            Label change = new Label(figure.change() == null ? messages.get("report.ui.kpi.before", before)
                    : messages.get("report.ui.kpi.change", signed(figure.change()), before));
            change.setId("dashboard-kpi-change-" + index);
            change.addStyleName(figure.change() == null || figure.change().signum() == 0 ? "crm-dashboard-change"
                    : figure.change().signum() > 0 ? "crm-dashboard-up" : "crm-dashboard-down");
            addComponent(change);
        }
    }

    private String signed(BigDecimal change) {
        String number = context.format().decimal(change.abs());
        return (change.signum() > 0 ? "+" : change.signum() < 0 ? "−" : "") + number;
    }

    private void addResult(DashboardWidget widget, ReportDefinition definition, ReportResult result, int index) {
        int groups = DrillDown.groups(definition, result.columns());
        ResultText text = ResultText.of(result, groups > 0, context.messages(), context.format(), (t, keys) -> services.names(context, t, keys));
        Optional<ReportType> type = groups > 0 ? context.call(() -> services.reports().types(context.caller()).stream()
                .filter(t -> t.key().equals(definition.recordType())).findFirst().orElse(null)) : Optional.empty();
        IntConsumer drill = type.isEmpty() ? null
                : row -> DrillDownWindow.openRow(context, services, definition, type.get(), result, row);
        ChartData chart = widget.kind() == WidgetKind.CHART ? ChartData.of(definition.chart(), groups, result, text) : ChartData.NONE;
        Component shown;
        if (chart != ChartData.NONE) {
            ReportChart view = new ReportChart(context.rightToLeft(), context.format().digits("0123456789"));
            view.setId("dashboard-chart-" + index);
            view.addStyleName("crm-dashboard-chart");
            view.show(chart);
            if (drill != null) {
                view.onClick(drill);
            }
            shown = view;
        } else {
            Grid<Integer> grid = ResultGrid.of(context, result, text, drill, LIST_ROWS);
            grid.setId("dashboard-list-" + index);
            shown = grid;
        }
        addComponent(shown);
    }

    private static Label notice(String text) {
        Label label = new Label(text);
        label.addStyleName("crm-report-notice");
        return label;
    }
}
