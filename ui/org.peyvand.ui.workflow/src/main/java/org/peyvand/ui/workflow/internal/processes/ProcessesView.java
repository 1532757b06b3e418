package org.peyvand.ui.workflow.internal.processes;

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

/** The processes, with their designer: {@code processes/<key>} opens one, {@code processes/new} a new one. */
@Component(service = CrmView.class)
@MenuItem(id = ProcessesView.ID, title = "workflow.ui.menu.processes", icon = "CLUSTER", section = CartableView.SECTION, order = 20,
        permission = WorkflowPermissions.PROCESS_READ)
public class ProcessesView implements CrmView {
    public static final String ID = "processes";

    private final WorkflowServices services;

    @Activate
    public ProcessesView(@Reference WorkflowServices services) {
        this.services = services;
    }

    @Override
    public View create(UiContext context) {
        return new ProcessesScreen(context, services);
    }
}
