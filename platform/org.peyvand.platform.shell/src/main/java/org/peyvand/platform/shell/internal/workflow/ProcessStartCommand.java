package org.peyvand.platform.shell.internal.workflow;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;
import org.peyvand.platform.shell.internal.FieldPairs;
import org.peyvand.platform.workflow.ProcessInstance;
import org.peyvand.platform.workflow.ProcessService;

@Command(scope = "crm", name = "process-start", description = "Starts the newest version of a process")
@Service
public class ProcessStartCommand extends CrmAction {

    @Reference(optional = true)
    ProcessService processes;

    @Argument(index = 0, name = "process", required = true, description = "The process key")
    String key;

    @Argument(index = 1, name = "variables", multiValued = true, description = "name=value pairs set as the first variables (as text)")
    List<String> variables;

    @Option(name = "-t", aliases = "--record-type", description = "The type of the record the instance is about")
    String recordType;

    @Option(name = "-r", aliases = "--record-id", description = "The id of the record the instance is about")
    String recordId;

    @Override
    protected void run(Caller caller, Messages messages) {
        ProcessInstance started = processes.start(caller, key, recordType, recordId, FieldPairs.parse(variables));
        System.out.println(messages.get("workflow.shell.started", started.id(), String.join(", ", started.activeElements())));
    }
}
