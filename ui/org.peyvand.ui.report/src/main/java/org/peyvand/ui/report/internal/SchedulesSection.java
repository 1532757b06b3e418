package org.peyvand.ui.report.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.report.ReportSchedule;
import org.peyvand.platform.report.SavedReport;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;
import org.peyvand.ui.kit.Grids;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;

/** The saved reports the user exports on a schedule: when each runs next and how its last run went; a new one, or one deleted. */
final class SchedulesSection extends CssLayout {
    private static final long serialVersionUID = 1L;
    private static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

    private final transient UiContext context;
    private final transient ReportServices services;
    private final transient Messages messages;
    private final Grid<ReportSchedule> grid = new Grid<>();
    /** The reports the user sees by key, to name the scheduled ones. */
    private transient Map<String, SavedReport> reports = Map.of();

    SchedulesSection(UiContext context, ReportServices services) {
        this.context = context;
        this.services = services;
        this.messages = context.messages();
        setId("schedules");
        setWidth("100%");
        Label title = new Label(messages.get("report.ui.schedules.title"));
        title.addStyleName("crm-report-section-title");
        Button add = new Button(messages.get("report.ui.schedules.add"), VaadinIcons.CALENDAR_CLOCK);
        add.setId("schedules-add");
        add.addClickListener(e -> ScheduleDialog.open(context, services, List.copyOf(reports.values()), created -> {
            context.showSuccess(messages.get("report.ui.schedules.created"));
            refresh();
        }));
        Button delete = new Button(messages.get("report.ui.delete"), VaadinIcons.TRASH);
        delete.setId("schedules-delete");
        delete.setEnabled(false);
        delete.addClickListener(e -> selected().ifPresent(this::confirmDelete));
        CssLayout toolbar = new CssLayout(title, add, delete);
        toolbar.addStyleName("crm-row");
        configureGrid();
        grid.addSelectionListener(e -> delete.setEnabled(e.getFirstSelectedItem().isPresent()));
        addComponents(toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("schedules-grid");
        grid.setWidth("100%");
        grid.setHeightByRows(5);
        grid.addColumn(this::reportTitle).setId("report").setCaption(messages.get("report.ui.exports.report"));
        grid.addColumn(s -> messages.get("report.ui.format." + s.format().name())).setId("format")
                .setCaption(messages.get("report.ui.exports.format"));
        grid.addColumn(s -> ScheduleText.when(s, messages, context.format())).setId("when").setCaption(messages.get("report.ui.schedules.when"));
        grid.addColumn(s -> time(s.nextRun())).setId("nextRun").setCaption(messages.get("report.ui.schedules.nextRun"));
        grid.addColumn(s -> time(s.lastRun())).setId("lastRun").setCaption(messages.get("report.ui.schedules.lastRun"));
        grid.addColumn(this::lastResult).setId("lastResult").setCaption(messages.get("report.ui.schedules.lastResult"));
        grid.getColumns().forEach(c -> c.setMinimumWidth(100).setExpandRatio(1));
        // the report's title and the words of when it runs are the longest
        grid.getColumn("report").setExpandRatio(2);
        grid.getColumn("when").setExpandRatio(2);
        Grids.orderColumns(grid, context.rightToLeft());
    }

    private void refresh() {
        reports = context.call(() -> services.library().list(context.caller())).orElse(List.of()).stream()
                .collect(Collectors.toMap(SavedReport::key, r -> r, (a, b) -> a));
        context.call(() -> services.schedules().list(context.caller())).ifPresent(grid::setItems);
    }

    private String reportTitle(ReportSchedule schedule) {
        SavedReport report = reports.get(schedule.report());
        return report == null ? schedule.report() : Titles.of(report.definition(), messages.locale().getLanguage(), messages);
    }

    /** Why the last run could not start an export, or that it did. */
    private String lastResult(ReportSchedule schedule) {
        if (schedule.lastError() != null) {
            return messages.get(schedule.lastError());
        }
        return schedule.lastExport() == null ? "" : messages.get("report.ui.schedules.exported");
    }

    private String time(Instant instant) {
        return instant == null ? "" : context.format().dateTime(instant, IRAN);
    }

    private void confirmDelete(ReportSchedule schedule) {
        ConfirmDialog.ask(messages.get("report.ui.delete"), messages.get("report.ui.schedules.deleteQuestion", reportTitle(schedule)),
                messages.get("report.ui.delete"), messages.get("report.ui.cancel"), true, () -> {
                    if (context.run(() -> services.schedules().delete(context.caller(), schedule.id()))) {
                        context.showSuccess(messages.get("report.ui.schedules.deleted"));
                        refresh();
                    }
                });
    }

    private Optional<ReportSchedule> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }
}
