package org.peyvand.platform.shell.internal.workflow;

import java.time.format.TextStyle;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;
import org.peyvand.platform.workflow.BusinessCalendarService;
import org.peyvand.platform.workflow.WorkingWeek;

@Command(scope = "crm", name = "working-hours", description = "Shows the working hours in force for an org unit, its own or inherited")
@Service
public class WorkingHoursCommand extends CrmAction {

    @Reference(optional = true)
    BusinessCalendarService calendar;

    @Argument(index = 0, name = "unit-id", required = true, description = "Id of the org unit, as unit-list shows it")
    long unitId;

    @Override
    protected void run(Caller caller, Messages messages) {
        WorkingWeek week = calendar.week(caller, unitId);
        ShellTable table = new ShellTable();
        table.column(messages.get("calendar.shell.day"));
        table.column(messages.get("calendar.shell.hours"));
        for (WorkingWeek.Shift shift : week.shifts()) {
            table.addRow().addContent(shift.day().getDisplayName(TextStyle.FULL, messages.locale()), shift.start() + "-" + shift.end());
        }
        table.print(System.out);
        System.out.println(messages.get(week.inherited() ? "calendar.shell.inherited" : "calendar.shell.own"));
    }
}
