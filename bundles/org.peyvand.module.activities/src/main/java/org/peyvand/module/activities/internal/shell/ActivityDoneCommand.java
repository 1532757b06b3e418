package org.peyvand.module.activities.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.module.activities.ActivityService;
import org.peyvand.module.activities.internal.Recurrences;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "activities", name = "done", description = "Marks an open activity done with its outcome; a recurring one's next occurrence is added")
@Service
public class ActivityDoneCommand extends CrmAction {

    @Reference(optional = true)
    ActivityService service;

    @Argument(index = 0, name = "id", required = true, description = "The activity's id")
    long id;

    @Argument(index = 1, name = "outcome", description = "What came of it")
    String outcome;

    @Override
    protected void run(Caller caller, Messages messages) {
        // the shell acts on what it reads now: the version is the current one
        long version = service.get(caller, id).version();
        ActivityService.Completion completion = service.complete(caller, id, outcome, version);
        System.out.println(messages.get("activities.shell.done", completion.done().id()));
        if (completion.next() != null) {
            String due = DisplayFormat.of(caller.preferences()).dateTime(completion.next().dueAt(), Recurrences.ZONE);
            System.out.println(messages.get("activities.shell.next", completion.next().id(), due));
        }
    }
}
