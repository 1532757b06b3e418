package org.peyvand.platform.shell.internal.notification;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.notification.ReminderService;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "reminder-cancel", description = "Removes one of your reminders")
@Service
public class ReminderCancelCommand extends CrmAction {

    @Reference(optional = true)
    ReminderService reminders;

    @Argument(index = 0, name = "id", required = true, description = "The reminder's id, as crm:reminder-list shows it")
    long id;

    @Override
    protected void run(Caller caller, Messages messages) {
        reminders.cancel(caller, id);
        System.out.println(messages.get("shell.reminder.cancelled", id));
    }
}
