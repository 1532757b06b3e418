package org.peyvand.ui.workflow.internal.cartable;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.workflow.WorkflowPermissions;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.workflow.internal.WorkflowServices;

import com.vaadin.navigator.View;

/**
 * Each user's cartable (کارتابل); {@code cartable/<id>} opens one item. Menu sections come in the
 * order of their ids, so the cartable's own section puts it before the customer screens of staff.
 */
@Component(service = CrmView.class)
@MenuItem(id = CartableView.ID, title = "workflow.ui.menu.cartable", icon = "INBOX", section = CartableView.SECTION, order = 1,
        permission = WorkflowPermissions.CARTABLE_USE)
public class CartableView implements CrmView {
    public static final String ID = "cartable";
    /** The menu section of the workflow screens, labelled by {@code ui.section.cartable}. */
    public static final String SECTION = "cartable";

    private final WorkflowServices services;

    @Activate
    public CartableView(@Reference WorkflowServices services) {
        this.services = services;
    }

    @Override
    public View create(UiContext context) {
        return new CartableScreen(context, services);
    }
}
