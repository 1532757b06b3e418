package org.peyvand.ui.report.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.report.ReportPermissions;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;

/** The dashboards: {@code dashboards/<key>} opens one, else the user's first. */
@Component(service = CrmView.class)
@MenuItem(id = DashboardsView.ID, title = "report.ui.menu.dashboards", icon = "DASHBOARD", section = "cartable", order = 5,
        permission = ReportPermissions.READ)
public class DashboardsView implements CrmView {
    public static final String ID = "dashboards";

    private final ReportServices services;

    @Activate
    public DashboardsView(@Reference ReportServices services) {
        this.services = services;
    }

    @Override
    public View create(UiContext context) {
        return new DashboardScreen(context, services);
    }
}
