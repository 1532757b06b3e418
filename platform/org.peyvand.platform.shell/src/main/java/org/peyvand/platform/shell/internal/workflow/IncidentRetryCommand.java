package org.peyvand.platform.shell.internal.workflow;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;
import org.peyvand.platform.workflow.ProcessService;

@Command(scope = "crm", name = "incident-retry", description = "Runs a failed workflow job again now")
@Service
public class IncidentRetryCommand extends CrmAction {

    @Reference(optional = true)
    ProcessService processes;

    @Argument(index = 0, name = "incident", required = true, description = "The incident id")
    long id;

    @Override
    protected void run(Caller caller, Messages messages) {
        processes.retry(caller, id);
        System.out.println(messages.get("workflow.shell.retried", id));
    }
}
