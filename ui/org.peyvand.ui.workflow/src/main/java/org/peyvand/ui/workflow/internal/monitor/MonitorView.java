package org.peyvand.ui.workflow.internal.monitor;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.workflow.WorkflowPermissions;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.workflow.internal.WorkflowServices;
import org.peyvand.ui.workflow.internal.cartable.CartableView;

import com.vaadin.navigator.View;

/** The monitoring of process instances; {@code process-monitor/<id>} opens one. */
@Component(service = CrmView.class)
@MenuItem(id = MonitorView.ID, title = "workflow.ui.menu.monitor", icon = "DASHBOARD", section = CartableView.SECTION, order = 30,
        permission = WorkflowPermissions.PROCESS_MONITOR)
public class MonitorView implements CrmView {
    public static final String ID = "process-monitor";

    private final WorkflowServices services;

    @Activate
    public MonitorView(@Reference WorkflowServices services) {
        this.services = services;
    }

    @Override
    public View create(UiContext context) {
        return new MonitorScreen(context, services);
    }
}
