package org.peyvand.ui.admin.internal.calendar;

import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.workflow.BusinessCalendarService;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TabSheet;

/** The holidays of a year on one tab and, for those who may see the org units, their working weeks on another. */
final class CalendarScreen extends CssLayout implements View {
    private static final long serialVersionUID = 1L;

    /** @param units the org units, {@code null} when the user may not read them */
    CalendarScreen(UiContext context, BusinessCalendarService calendar, OrgUnitService units) {
        setId("view-business-calendar");
        addStyleName("crm-page");
        setSizeFull();
        Label title = new Label(context.messages().get("admin.menu.calendar"));
        title.addStyleName("crm-page-title");
        HolidaysTab holidays = new HolidaysTab(context, calendar);
        if (units == null) {
            holidays.addStyleName("crm-fill");
            addComponents(title, holidays);
            return;
        }
        TabSheet tabs = new TabSheet();
        tabs.setId("calendar-tabs");
        tabs.setSizeFull();
        tabs.addStyleName("crm-fill");
        tabs.addTab(holidays, context.messages().get("admin.calendar.tab.holidays")).setId("calendar-tab-holidays");
        tabs.addTab(new WorkingWeekTab(context, calendar, units), context.messages().get("admin.calendar.tab.week"))
                .setId("calendar-tab-week");
        addComponents(title, tabs);
    }
}
