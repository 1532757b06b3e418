package org.peyvand.ui.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.report.DashboardWidget;
import org.peyvand.platform.report.ReportPermissions;
import org.peyvand.platform.report.SavedDashboard;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.themes.ValoTheme;

/**
 * A dashboard: its widgets in a grid of four columns, each showing its report as a chart, a list
 * or a figure; a picker changes to another dashboard the user sees. A designer makes new ones and
 * changes or deletes their own; the modules' and others' stay as they are.
 */
final class DashboardScreen extends CssLayout implements View {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient ReportServices services;

    DashboardScreen(UiContext context, ReportServices services) {
        this.context = context;
        this.services = services;
        setId("view-dashboards");
        addStyleName("crm-page");
        setSizeFull();
        ReportStyles.applyTo(this);
    }

    @Override
    public void enter(ViewChangeEvent event) {
        String key = event.getParameters();
        List<SavedDashboard> all = context.call(() -> services.dashboards().list(context.caller())).orElse(List.of());
        Optional<SavedDashboard> shown = key != null && !key.isBlank() ? all.stream().filter(d -> d.key().equals(key)).findFirst()
                : context.call(() -> services.dashboards().home(context.caller()).orElse(null)).or(() -> all.stream().findFirst());
        show(all, shown.orElse(null));
    }

    private void show(List<SavedDashboard> all, SavedDashboard dashboard) {
        removeAllComponents();
        Messages messages = context.messages();
        Label title = new Label(messages.get("report.ui.menu.dashboards"));
        title.addStyleName("crm-page-title");
        ComboBox<SavedDashboard> pick = new ComboBox<>();
        pick.setId("dashboard-pick");
        pick.setItems(all);
        pick.setItemCaptionGenerator(this::title);
        pick.setEmptySelectionAllowed(false);
        pick.setTextInputAllowed(false);
        pick.setWidth("320px");
        if (dashboard != null) {
            pick.setValue(dashboard);
        }
        pick.addValueChangeListener(e -> context.navigate(DashboardsView.ID, e.getValue().key()));
        CssLayout toolbar = new CssLayout(title, pick);
        toolbar.addStyleName("crm-row");
        actions(dashboard).forEach(toolbar::addComponent);
        addComponent(toolbar);
        if (dashboard == null) {
            Label none = new Label(messages.get("report.ui.dashboard.none"));
            none.setId("dashboard-none");
            none.addStyleName("crm-report-notice");
            addComponent(none);
            return;
        }
        CssLayout grid = new CssLayout();
        grid.setId("dashboard-grid");
        grid.addStyleName("crm-dashboard");
        List<DashboardWidget> widgets = dashboard.dashboard().widgets();
        for (int i = 0; i < widgets.size(); i++) {
            grid.addComponent(new DashboardTile(context, services, widgets.get(i), i));
        }
        addComponent(grid);
    }

    /** A new dashboard for a designer; changing or deleting the one shown when it is theirs. */
    private List<Button> actions(SavedDashboard dashboard) {
        Messages messages = context.messages();
        List<Button> actions = new ArrayList<>();
        if (!services.allows(context, ReportPermissions.DESIGN)) {
            return actions;
        }
        Button create = new Button(messages.get("report.ui.dashboard.new"), VaadinIcons.PLUS);
        create.setId("dashboard-new");
        create.addStyleName(ValoTheme.BUTTON_PRIMARY);
        create.addClickListener(e -> DashboardEditor.open(context, services, null, this::showSaved));
        actions.add(create);
        if (dashboard != null && dashboard.editable()) {
            Button edit = new Button(messages.get("report.ui.dashboard.edit"), VaadinIcons.EDIT);
            edit.setId("dashboard-edit");
            edit.addClickListener(e -> DashboardEditor.open(context, services, dashboard, this::showSaved));
            Button delete = new Button(messages.get("report.ui.delete"), VaadinIcons.TRASH);
            delete.setId("dashboard-delete");
            delete.addClickListener(e -> confirmDelete(dashboard));
            actions.add(edit);
            actions.add(delete);
        }
        return actions;
    }

    private void showSaved(SavedDashboard saved) {
        context.navigate(DashboardsView.ID, saved.key());
    }

    private void confirmDelete(SavedDashboard dashboard) {
        Messages messages = context.messages();
        ConfirmDialog.ask(messages.get("report.ui.delete"), messages.get("report.ui.dashboard.deleteQuestion", title(dashboard)),
                messages.get("report.ui.delete"), messages.get("report.ui.cancel"), true, () -> {
                    if (context.run(() -> services.dashboards().delete(context.caller(), dashboard.key()))) {
                        context.showSuccess(messages.get("report.ui.dashboard.deleted"));
                        context.navigate(DashboardsView.ID, null);
                    }
                });
    }

    private String title(SavedDashboard dashboard) {
        return dashboard.dashboard().title() == null ? dashboard.key() : dashboard.dashboard().title().in(context.messages().locale().getLanguage());
    }
}
