package org.peyvand.module.occasions.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.module.occasions.OccasionService;
import org.peyvand.module.occasions.RunResult;
import org.peyvand.module.occasions.internal.Params;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "occasions", name = "run", description = "Sends the greetings of a day now; those sent before are not sent again")
@Service
public class OccasionRunCommand extends CrmAction {

    @Reference(optional = true)
    OccasionService service;

    @Argument(index = 0, name = "date", description = "The day, 2026-03-20 or Jalali 1404/12/29; today when left out")
    String date;

    @Override
    protected void run(Caller caller, Messages messages) {
        RunResult result = service.run(caller, Params.date(date, "date"));
        System.out.println(messages.get("occasions.shell.ran", DisplayFormat.of(caller.preferences()).date(result.date()), result.sent(), result.failed(), result.alreadySent()));
        if (!result.unavailablePlans().isEmpty()) {
            System.out.println(messages.get("occasions.shell.unavailablePlans", result.unavailablePlans()));
        }
    }
}
