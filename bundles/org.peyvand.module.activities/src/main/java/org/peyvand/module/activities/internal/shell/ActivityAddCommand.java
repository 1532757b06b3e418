package org.peyvand.module.activities.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.peyvand.module.activities.Activity;
import org.peyvand.module.activities.ActivityInput;
import org.peyvand.module.activities.ActivityKind;
import org.peyvand.module.activities.ActivityService;
import org.peyvand.module.activities.Recurrence;
import org.peyvand.module.activities.internal.Moments;
import org.peyvand.module.activities.internal.Permissions;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "activities", name = "add", description = "Adds an activity and prints its id, e.g. activities:add --regarding accounts.account:12 CALL \"1404/01/15 09:30\" \"Price follow-up\"")
@Service
public class ActivityAddCommand extends CrmAction {

    @Reference(optional = true)
    ActivityService service;

    @Reference(optional = true)
    AccessGuard guard;

    @Argument(index = 0, name = "kind", required = true, description = "CALL, MEETING, TASK, EMAIL or LETTER")
    @Completion(value = StringsCompleter.class, values = { "CALL", "MEETING", "TASK", "EMAIL", "LETTER" })
    String kind;

    @Argument(index = 1, name = "due", required = true, description = "When it is due: Jalali (\"1404/01/15 09:30\") or ISO (2025-04-04T09:30), Tehran time")
    String due;

    @Argument(index = 2, name = "subject", required = true, description = "What it is about")
    String subject;

    @Option(name = "-r", aliases = "--regarding", description = "The record it is about: <type>:<id>, e.g. accounts.account:12")
    String regarding;

    @Option(name = "-o", aliases = "--owner", description = "The responsible colleague; you when left out")
    String owner;

    @Option(name = "-p", aliases = "--participant", multiValued = true, description = "user:<username> or contact:<id>; repeat for more")
    List<String> participants;

    @Option(name = "-d", aliases = "--duration", description = "Minutes")
    Integer duration;

    @Option(name = "--repeat", description = "DAILY, WEEKLY, MONTHLY or YEARLY, counted in your calendar")
    @Completion(value = StringsCompleter.class, values = { "DAILY", "WEEKLY", "MONTHLY", "YEARLY" })
    String repeat;

    @Option(name = "--times", description = "How many occurrences a repeating one has")
    Integer times;

    @Override
    protected void run(Caller caller, Messages messages) {
        // the service checks it too; asked first here so a caller without it hears that before any parsing of theirs
        guard.require(caller, Permissions.CREATE);
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
        Recurrence rule = repeat == null ? null : new Recurrence(named(Recurrence.Frequency.class, repeat, "recurrence.frequency"), 1, null, null, null,
                times);
        Activity added = service.create(caller, new ActivityInput(named(ActivityKind.class, kind, "kind"), subject, null, type, id, participants, owner,
                Moments.instant(due, "dueAt"), duration, rule));
        System.out.println(added.id());
    }

    static <E extends Enum<E>> E named(Class<E> type, String name, String field) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "core.error.invalidValue");
        }
    }
}
