package org.peyvand.ui.report.internal;

import java.util.List;
import java.util.Optional;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.report.DashboardWidget;
import org.peyvand.platform.report.SavedDashboard;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;

/**
 * A dashboard: its widgets in a grid of four columns, each showing its report as a chart, a list
 * or a figure; a picker changes to another dashboard the user sees.
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
        List<SavedDashboard> all = Calls.call(context, () -> services.dashboards().list(context.caller())).orElse(List.of());
        Optional<SavedDashboard> shown = key != null && !key.isBlank() ? all.stream().filter(d -> d.key().equals(key)).findFirst()
                : Calls.call(context, () -> services.dashboards().home(context.caller()).orElse(null)).or(() -> all.stream().findFirst());
        show(all, shown.orElse(null));
    }

    private void show(List<SavedDashboard> all, SavedDashboard dashboard) {
        removeAllComponents();
        Messages messages = context.messages();
        String language = messages.locale().getLanguage();
        Label title = new Label(messages.get("report.ui.menu.dashboards"));
        title.addStyleName("crm-page-title");
        ComboBox<SavedDashboard> pick = new ComboBox<>();
        pick.setId("dashboard-pick");
        pick.setItems(all);
        pick.setItemCaptionGenerator(d -> d.dashboard().title() == null ? d.key() : d.dashboard().title().in(language));
        pick.setEmptySelectionAllowed(false);
        pick.setTextInputAllowed(false);
        pick.setWidth("320px");
        if (dashboard != null) {
            pick.setValue(dashboard);
        }
        pick.addValueChangeListener(e -> context.navigate(DashboardsView.ID, e.getValue().key()));
        CssLayout toolbar = new CssLayout(title, pick);
        toolbar.addStyleName("crm-row");
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
}
