package org.peyvand.ui.report.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.report.ReportPermissions;
import org.peyvand.platform.report.ReportType;
import org.peyvand.platform.report.SavedReport;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;
import org.peyvand.ui.kit.Grids;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The reports the user sees (their own, those shared with them, the modules'), by title; opened in
 * the builder, or a new one designed there.
 */
final class ReportsScreen extends CssLayout implements View {
    private static final long serialVersionUID = 1L;
    static final String NEW = "new";
    private static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

    private final transient UiContext context;
    private final transient ReportServices services;
    /** The owners' names by username, for the reports listed. */
    private transient Map<String, String> owners = Map.of();

    ReportsScreen(UiContext context, ReportServices services) {
        this.context = context;
        this.services = services;
        setId("view-reports");
        addStyleName("crm-page");
        setSizeFull();
        ReportStyles.applyTo(this);
    }

    @Override
    public void enter(ViewChangeEvent event) {
        String key = event.getParameters();
        if (NEW.equals(key) && services.allows(context, ReportPermissions.DESIGN)) {
            build(null);
        } else if (key != null && !key.isBlank()) {
            context.call(() -> services.library().get(context.caller(), key)).ifPresentOrElse(this::build, this::showList);
        } else {
            showList();
        }
    }

    private void build(SavedReport report) {
        removeAllComponents();
        addComponent(new ReportBuilder(context, services, report, () -> context.navigate(ReportsView.ID, null)));
    }

    private void showList() {
        removeAllComponents();
        Messages messages = context.messages();
        Label title = new Label(messages.get("report.ui.menu.reports"));
        title.addStyleName("crm-page-title");
        Grid<SavedReport> grid = grid(messages);
        Button open = new Button(messages.get("report.ui.open"), VaadinIcons.CHART);
        open.setId("reports-open");
        open.addClickListener(e -> selected(grid).ifPresent(r -> context.navigate(ReportsView.ID, r.key())));
        Button delete = new Button(messages.get("report.ui.delete"), VaadinIcons.TRASH);
        delete.setId("reports-delete");
        delete.addClickListener(e -> selected(grid).ifPresent(r -> confirmDelete(r, grid)));
        CssLayout toolbar = new CssLayout(title, open, delete);
        toolbar.addStyleName("crm-row");
        if (services.allows(context, ReportPermissions.DESIGN)) {
            Button create = new Button(messages.get("report.ui.new"), VaadinIcons.PLUS);
            create.setId("reports-new");
            create.addStyleName(ValoTheme.BUTTON_PRIMARY);
            create.addClickListener(e -> context.navigate(ReportsView.ID, NEW));
            toolbar.addComponent(create);
        }
        open.setEnabled(false);
        delete.setEnabled(false);
        grid.addSelectionListener(e -> {
            open.setEnabled(e.getFirstSelectedItem().isPresent());
            delete.setEnabled(e.getFirstSelectedItem().map(SavedReport::editable).orElse(false));
        });
        grid.addItemClickListener(e -> {
            if (e.getMouseEventDetails().isDoubleClick()) {
                context.navigate(ReportsView.ID, e.getItem().key());
            }
        });
        addComponents(toolbar, grid);
        refresh(grid);
    }

    private void refresh(Grid<SavedReport> grid) {
        context.call(() -> services.library().list(context.caller())).ifPresent(reports -> {
            owners = services.names(context, RecordLookups.USERS,
                    reports.stream().map(SavedReport::owner).filter(o -> o != null && !o.isBlank()).collect(Collectors.toSet()));
            grid.setItems(reports);
        });
    }

    private Grid<SavedReport> grid(Messages messages) {
        String language = messages.locale().getLanguage();
        Map<String, String> types = context.call(() -> services.reports().types(context.caller())).orElse(List.of()).stream()
                .collect(Collectors.toMap(ReportType::key, t -> t.label().in(language), (a, b) -> a));
        Grid<SavedReport> grid = new Grid<>();
        grid.setId("reports-grid");
        grid.setSizeFull();
        grid.addStyleName("crm-fill");
        grid.addColumn(r -> Titles.of(r.definition(), language, messages)).setId("title").setCaption(messages.get("report.ui.title"));
        grid.addColumn(r -> types.getOrDefault(r.definition().recordType(), r.definition().recordType())).setId("type")
                .setCaption(messages.get("report.ui.recordType"));
        grid.addColumn(r -> r.module() != null ? messages.get("report.ui.fromModule", r.module()) : owners.getOrDefault(r.owner(), r.owner()))
                .setId("owner")
                .setCaption(messages.get("report.ui.owner"));
        grid.addColumn(r -> r.updatedAt() == null ? "" : context.format().dateTime(r.updatedAt(), IRAN)).setId("updatedAt")
                .setCaption(messages.get("report.ui.updatedAt"));
        grid.getColumns().forEach(c -> c.setMinimumWidth(120).setExpandRatio(1));
        Grids.orderColumns(grid, context.rightToLeft());
        return grid;
    }

    private void confirmDelete(SavedReport report, Grid<SavedReport> grid) {
        Messages messages = context.messages();
        ConfirmDialog.ask(messages.get("report.ui.delete"), messages.get("report.ui.deleteQuestion", Titles.of(report.definition(),
                messages.locale().getLanguage(), messages)), messages.get("report.ui.delete"), messages.get("report.ui.cancel"), true, () -> {
                    if (context.run(() -> services.library().delete(context.caller(), report.key()))) {
                        context.showSuccess(messages.get("report.ui.deleted"));
                        refresh(grid);
                    }
                });
    }

    private static <T> Optional<T> selected(Grid<T> grid) {
        return grid.getSelectedItems().stream().findFirst();
    }
}
