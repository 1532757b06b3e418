package org.peyvand.platform.shell.internal.workflow;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;
import org.peyvand.platform.workflow.BusinessCalendarService;

@Command(scope = "crm", name = "holiday-remove", description = "Removes a holiday")
@Service
public class HolidayRemoveCommand extends CrmAction {

    @Reference(optional = true)
    BusinessCalendarService calendar;

    @Argument(index = 0, name = "id", required = true, description = "The holiday's id, as holiday-list shows it")
    long id;

    @Override
    protected void run(Caller caller, Messages messages) {
        calendar.removeHoliday(caller, id);
        System.out.println(messages.get("calendar.shell.holidayRemoved", id));
    }
}
