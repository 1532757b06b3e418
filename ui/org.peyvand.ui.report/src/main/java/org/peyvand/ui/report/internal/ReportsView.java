package org.peyvand.ui.report.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.report.ReportPermissions;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;

/** The reports: {@code reports/<key>} opens a saved one in the builder, {@code reports/new} a new one. */
@Component(service = CrmView.class)
@MenuItem(id = ReportsView.ID, title = "report.ui.menu.reports", icon = "BAR_CHART", section = "cartable", order = 40,
        permission = ReportPermissions.READ)
public class ReportsView implements CrmView {
    public static final String ID = "reports";

    private final ReportServices services;

    @Activate
    public ReportsView(@Reference ReportServices services) {
        this.services = services;
    }

    @Override
    public View create(UiContext context) {
        return new ReportsScreen(context, services);
    }
}
