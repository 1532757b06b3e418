package org.peyvand.module.occasions.internal.views;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.occasions.OccasionService;
import org.peyvand.module.occasions.internal.Permissions;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;

/** The occasions screen in the workspace menu, for users who may read occasions. */
@Component(service = CrmView.class)
@MenuItem(id = OccasionsView.ID, title = "occasions.menu", icon = "GIFT", section = "crm", order = 60, permission = Permissions.OCCASION_READ)
public class OccasionsView implements CrmView {
    public static final String ID = "occasions";

    private final OccasionService occasions;

    @Activate
    public OccasionsView(@Reference OccasionService occasions) {
        this.occasions = occasions;
    }

    @Override
    public View create(UiContext context) {
        return new OccasionsScreen(context, occasions);
    }
}
