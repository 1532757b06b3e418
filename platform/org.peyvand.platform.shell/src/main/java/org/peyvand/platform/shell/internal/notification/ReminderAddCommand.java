package org.peyvand.platform.shell.internal.notification;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.notification.NotificationLink;
import org.peyvand.platform.notification.Reminder;
import org.peyvand.platform.notification.ReminderService;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "reminder-add", description = "Sets a reminder for yourself, such as crm:reminder-add --record accounts.account:42 \"1405/09/10 14:30\" \"Call back\"")
@Service
public class ReminderAddCommand extends CrmAction {

    @Reference(optional = true)
    ReminderService reminders;

    @Argument(index = 0, name = "when", required = true, description = "Jalali date and time in Tehran (1405/09/10 14:30; 09:00 when left out) or an ISO-8601 instant")
    String when;

    @Argument(index = 1, name = "note", required = true, description = "What to be reminded of")
    String note;

    @Option(name = "--record", description = "The record it is about, type:id, such as accounts.account:42")
    String record;

    @Override
    protected void run(Caller caller, Messages messages) {
        NotificationLink link = null;
        if (record != null) {
            int colon = record.lastIndexOf(':');
            link = colon < 0 ? new NotificationLink(record, null, null, null)
                    : NotificationLink.record(record.substring(0, colon), record.substring(colon + 1));
        }
        Reminder added = reminders.add(caller, ReminderTime.parse(when), note, link);
        System.out.println(messages.get("shell.reminder.added", added.id(),
                DisplayFormat.of(caller.preferences()).dateTime(added.at(), ReminderTime.TEHRAN)));
    }
}
