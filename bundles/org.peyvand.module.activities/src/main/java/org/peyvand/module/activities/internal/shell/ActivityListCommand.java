package org.peyvand.module.activities.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.module.activities.Activity;
import org.peyvand.module.activities.ActivityQuery;
import org.peyvand.module.activities.ActivityService;
import org.peyvand.module.activities.ActivityStatus;
import org.peyvand.module.activities.internal.Recurrences;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "activities", name = "list", description = "Lists activities by due time, optionally only open, overdue, one owner's or about one record")
@Service
public class ActivityListCommand extends CrmAction {

    @Reference(optional = true)
    ActivityService service;

    @Option(name = "-s", aliases = "--status", description = "OPEN, DONE or CANCELLED")
    @Completion(value = StringsCompleter.class, values = { "OPEN", "DONE", "CANCELLED" })
    String status;

    @Option(name = "-o", aliases = "--owner", description = "Only this colleague's")
    String owner;

    @Option(name = "--overdue", description = "Only open ones past due")
    boolean overdue;

    @Option(name = "-r", aliases = "--regarding", description = "Only those about this record: <type>:<id>, e.g. accounts.account:12")
    String regarding;

    @Option(name = "-n", aliases = "--limit", description = "How many to show, at most 500")
    int limit = 50;

    @Override
    protected void run(Caller caller, Messages messages) {
        String type = null;
        String id = null;
        if (regarding != null) {
            int colon = regarding.lastIndexOf(':');
            if (colon <= 0) {
                throw ValidationException.of("regardingType", "core.error.invalidValue");
            }
            type = regarding.substring(0, colon).strip();
            id = regarding.substring(colon + 1).strip();
        }
        Page<Activity> page = service.list(caller, new ActivityQuery(null, owner, status(), type, id, null, null, overdue),
                PageRequest.first(limit, ActivityService.SORT_DUE, false));
        // the due time in the session language's calendar: Jalali in Persian
        DisplayFormat format = DisplayFormat.of(caller.preferences());
        ShellTable table = new ShellTable();
        table.column(messages.get("activities.field.id"));
        table.column(messages.get("activities.field.dueAt"));
        table.column(messages.get("activities.field.kind"));
        table.column(messages.get("activities.field.subject"));
        table.column(messages.get("activities.field.owner"));
        table.column(messages.get("activities.field.status"));
        for (Activity activity : page.items()) {
            String state = messages.get("activities.status." + activity.status().name())
                    + (activity.overdue() ? " (" + messages.get("activities.overdue") + ")" : "");
            table.addRow().addContent(activity.id(), format.dateTime(activity.dueAt(), Recurrences.ZONE),
                    messages.get("activities.kind." + activity.kind().name()), activity.subject(), activity.owner(), state);
        }
        table.print(System.out);
        if (page.hasNext()) {
            System.out.println(messages.get("activities.shell.more"));
        }
    }

    private ActivityStatus status() {
        if (status == null) {
            return null;
        }
        try {
            return ActivityStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("status", "activities.error.status");
        }
    }
}
