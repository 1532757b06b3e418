package org.peyvand.ui.report.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.report.ReportPermissions;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;

/** The user's report exports, their files to download, and the saved reports they export on a schedule. */
@Component(service = CrmView.class)
@MenuItem(id = ExportsView.ID, title = "report.ui.menu.exports", icon = "DOWNLOAD", section = "cartable", order = 41,
        permission = ReportPermissions.EXPORT)
public class ExportsView implements CrmView {
    public static final String ID = "exports";

    private final ReportServices services;

    @Activate
    public ExportsView(@Reference ReportServices services) {
        this.services = services;
    }

    @Override
    public View create(UiContext context) {
        return new ExportsScreen(context, services);
    }
}
