package org.peyvand.ui.report.internal;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.report.ExportJob;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;
import org.peyvand.ui.kit.ExportDownload;
import org.peyvand.ui.kit.ExportPolling;
import org.peyvand.ui.kit.ExportText;
import org.peyvand.ui.kit.Grids;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.UI;

/**
 * The user's exports, newest first, followed while any runs: each finished one's file to download,
 * a running one to stop, a finished one to delete; below them the user's scheduled exports.
 */
final class ExportsScreen extends CssLayout implements View {
    private static final long serialVersionUID = 1L;
    private static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

    private final transient UiContext context;
    private final transient ReportServices services;
    private final transient Messages messages;
    private final Grid<ExportJob> grid = new Grid<>();
    private final Button download;
    private final Button stop;
    private final Button remove;
    private final ExportDownload file;
    private final ExportPolling polling = new ExportPolling();
    /** The finished exports' file sizes by id, read when the list is. */
    private transient Map<String, Long> sizes = Map.of();

    ExportsScreen(UiContext context, ReportServices services) {
        this.context = context;
        this.services = services;
        this.messages = context.messages();
        setId("view-exports");
        addStyleName("crm-page");
        setSizeFull();
        ReportStyles.applyTo(this);
        Label title = new Label(messages.get("report.ui.menu.exports"));
        title.addStyleName("crm-page-title");
        Label exportsTitle = new Label(messages.get("report.ui.exports.title"));
        exportsTitle.addStyleName("crm-report-section-title");
        Label help = new Label(messages.get("report.ui.exports.help"));
        help.setWidth("100%");
        download = new Button(messages.get("kit.export.download"), VaadinIcons.DOWNLOAD);
        download.setId("exports-download");
        file = new ExportDownload(context, services.exports(), download);
        stop = new Button(messages.get("kit.export.stop"), VaadinIcons.STOP);
        stop.setId("exports-stop");
        stop.addClickListener(e -> selected().ifPresent(j -> cancel(j, "kit.export.stopped")));
        remove = new Button(messages.get("report.ui.exports.remove"), VaadinIcons.TRASH);
        remove.setId("exports-remove");
        remove.addClickListener(e -> selected().ifPresent(this::confirmRemove));
        Button refresh = new Button(messages.get("report.ui.exports.refresh"), VaadinIcons.REFRESH);
        refresh.setId("exports-refresh");
        refresh.addClickListener(e -> refresh());
        CssLayout toolbar = new CssLayout(exportsTitle, download, stop, remove, refresh);
        toolbar.addStyleName("crm-row");
        configureGrid();
        grid.addSelectionListener(e -> enableActions());
        addComponents(title, help, toolbar, grid, new SchedulesSection(context, services));
        addDetachListener(e -> polling.stop());
        enableActions();
    }

    @Override
    public void enter(ViewChangeEvent event) {
        refresh();
    }

    private void configureGrid() {
        grid.setId("exports-grid");
        grid.setWidth("100%");
        grid.setHeightByRows(8);
        grid.addColumn(ExportJob::title).setId("title").setCaption(messages.get("report.ui.exports.report"));
        grid.addColumn(j -> messages.get("report.ui.format." + j.format().name())).setId("format")
                .setCaption(messages.get("report.ui.exports.format"));
        grid.addColumn(j -> ExportText.state(j, messages)).setId("state").setCaption(messages.get("report.ui.exports.state"));
        grid.addColumn(j -> ExportText.progress(j, messages, context.format())).setId("progress")
                .setCaption(messages.get("report.ui.exports.progress"));
        grid.addColumn(j -> sizes.containsKey(j.id()) ? ExportText.size(sizes.get(j.id()), messages, context.format()) : "").setId("size")
                .setCaption(messages.get("report.ui.exports.size"));
        grid.addColumn(j -> j.started() == null ? "" : context.format().dateTime(j.started(), IRAN)).setId("started")
                .setCaption(messages.get("report.ui.exports.started"));
        grid.getColumns().forEach(c -> c.setMinimumWidth(100).setExpandRatio(1));
        Grids.orderColumns(grid, context.rightToLeft());
    }

    /** Lists the exports again, keeping the one selected, and follows them while any runs. */
    private void refresh() {
        String selectedId = selected().map(ExportJob::id).orElse(null);
        Optional<List<ExportJob>> listed = context.call(() -> services.exports().jobs(context.caller()));
        if (listed.isEmpty()) {
            polling.stop();
            return;
        }
        List<ExportJob> jobs = listed.get();
        sizes = sizes(jobs);
        grid.setItems(jobs);
        jobs.stream().filter(j -> j.id().equals(selectedId)).findFirst().ifPresent(grid::select);
        enableActions();
        if (jobs.stream().anyMatch(j -> !j.state().finished())) {
            polling.start(UI.getCurrent(), this::refresh);
        } else {
            polling.stop();
        }
    }

    private Map<String, Long> sizes(List<ExportJob> jobs) {
        Map<String, Long> found = new HashMap<>();
        for (ExportJob job : jobs) {
            if (job.state() == ExportJob.State.DONE) {
                try {
                    found.put(job.id(), services.exports().file(context.caller(), job.id()).size());
                } catch (CrmException gone) {
                    // expired since it was listed: it goes from the list on the next refresh
                }
            }
        }
        return found;
    }

    private void enableActions() {
        Optional<ExportJob> job = selected();
        download.setEnabled(job.map(j -> j.state() == ExportJob.State.DONE).orElse(false));
        job.filter(j -> j.state() == ExportJob.State.DONE).ifPresent(file::show);
        stop.setEnabled(job.map(j -> !j.state().finished()).orElse(false));
        remove.setEnabled(job.map(j -> j.state().finished()).orElse(false));
    }

    private void confirmRemove(ExportJob job) {
        ConfirmDialog.ask(messages.get("report.ui.exports.remove"), messages.get("report.ui.exports.removeQuestion", job.title()),
                messages.get("report.ui.exports.remove"), messages.get("report.ui.cancel"), true,
                () -> cancel(job, "report.ui.exports.removed"));
    }

    private void cancel(ExportJob job, String doneKey) {
        if (context.run(() -> services.exports().cancel(context.caller(), job.id()))) {
            context.showSuccess(messages.get(doneKey));
            grid.deselectAll();
            refresh();
        }
    }

    private Optional<ExportJob> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }
}
