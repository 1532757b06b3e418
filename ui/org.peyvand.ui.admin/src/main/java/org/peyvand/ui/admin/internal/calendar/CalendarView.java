package org.peyvand.ui.admin.internal.calendar;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.KernelPermissions;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.workflow.BusinessCalendarService;
import org.peyvand.platform.workflow.WorkflowPermissions;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;

/** Holidays and working hours in the administration menu. */
@Component(service = CrmView.class)
@MenuItem(id = CalendarView.ID, title = "admin.menu.calendar", icon = "CALENDAR_CLOCK", section = "admin", order = 25,
        permission = WorkflowPermissions.CALENDAR_MANAGE)
public class CalendarView implements CrmView {
    public static final String ID = "business-calendar";

    private final BusinessCalendarService calendar;
    private final OrgUnitService units;
    private final AccessGuard guard;

    @Activate
    public CalendarView(@Reference BusinessCalendarService calendar, @Reference OrgUnitService units, @Reference AccessGuard guard) {
        this.calendar = calendar;
        this.units = units;
        this.guard = guard;
    }

    @Override
    public View create(UiContext context) {
        return new CalendarScreen(context, calendar, guard.allows(context.caller(), KernelPermissions.UNIT_READ) ? units : null);
    }
}
