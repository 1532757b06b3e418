package org.peyvand.platform.shell.internal.notification;

import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.notification.Reminder;
import org.peyvand.platform.notification.ReminderService;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "reminder-list", description = "Lists your reminders still to come, soonest first")
@Service
public class ReminderListCommand extends CrmAction {

    @Reference(optional = true)
    ReminderService reminders;

    @Option(name = "--limit", description = "How many, at most 200")
    int limit = 20;

    @Override
    protected void run(Caller caller, Messages messages) {
        Page<Reminder> page = reminders.upcoming(caller, null, limit);
        DisplayFormat format = DisplayFormat.of(caller.preferences());
        ShellTable table = new ShellTable();
        for (String column : List.of("id", "when", "note", "record")) {
            table.column(messages.get("shell.reminder." + column));
        }
        for (Reminder reminder : page.items()) {
            table.addRow().addContent(reminder.id(), format.dateTime(reminder.at(), ReminderTime.TEHRAN), reminder.note(),
                    reminder.link() == null ? "" : reminder.link().recordType() + ":" + reminder.link().recordId());
        }
        table.print(System.out);
        if (page.hasNext()) {
            System.out.println(messages.get("shell.reminder.more"));
        }
    }
}
