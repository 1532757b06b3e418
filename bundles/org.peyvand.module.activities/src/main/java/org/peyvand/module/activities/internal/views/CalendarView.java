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

/** The activity calendar in the workspace menu: day, week and month in the user's calendar. */
@Component(service = CrmView.class)
@MenuItem(id = CalendarView.ID, title = "activities.calendar.menu", icon = "CALENDAR", section = "crm", order = 36, permission = Permissions.READ)
public class CalendarView implements CrmView {
    public static final String ID = "activity-calendar";

    private final ViewServices services;

    @Activate
    public CalendarView(@Reference ActivityService activities, @Reference RecordLookups lookups, @Reference AuditTrail audit) {
        this.services = new ViewServices(activities, lookups, audit);
    }

    @Override
    public View create(UiContext context) {
        return new CalendarScreen(context, services);
    }
}
