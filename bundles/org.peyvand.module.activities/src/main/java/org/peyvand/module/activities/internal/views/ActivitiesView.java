package org.peyvand.module.activities.internal.views;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.activities.ActivityService;
import org.peyvand.module.activities.internal.Permissions;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;

/** The activities screen in the workspace menu; it opens activities by id, so the cartable and search land on them. */
@Component(service = CrmView.class)
@MenuItem(id = ActivitiesView.ID, title = "activities.menu", icon = "TASKS", section = "crm", order = 35, permission = Permissions.READ,
        records = Permissions.TYPE)
public class ActivitiesView implements CrmView {
    public static final String ID = "activities";

    private final ViewServices services;

    @Activate
    public ActivitiesView(@Reference ActivityService activities, @Reference RecordLookups lookups, @Reference AuditTrail audit) {
        this.services = new ViewServices(activities, lookups, audit);
    }

    @Override
    public View create(UiContext context) {
        return new ActivitiesScreen(context, services);
    }
}
