package org.peyvand.platform.shell.internal.workflow;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;
import org.peyvand.platform.workflow.ProcessService;

@Command(scope = "crm", name = "process-cancel", description = "Ends a process instance where it stands; its tasks are cancelled")
@Service
public class ProcessCancelCommand extends CrmAction {

    @Reference(optional = true)
    ProcessService processes;

    @Argument(index = 0, name = "instance", required = true, description = "The instance id")
    long id;

    @Argument(index = 1, name = "reason", description = "Why, kept in its history")
    String reason;

    @Override
    protected void run(Caller caller, Messages messages) {
        processes.cancel(caller, id, reason);
        System.out.println(messages.get("workflow.shell.cancelled", id));
    }
}
