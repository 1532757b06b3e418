package org.peyvand.platform.shell.internal.workflow;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;
import org.peyvand.platform.workflow.ProcessService;
import org.peyvand.platform.workflow.ProcessSummary;

@Command(scope = "crm", name = "process-list", description = "Lists the processes, their newest version and the executors they miss")
@Service
public class ProcessListCommand extends CrmAction {

    @Reference(optional = true)
    ProcessService processes;

    @Override
    protected void run(Caller caller, Messages messages) {
        ShellTable table = new ShellTable();
        table.column(messages.get("workflow.shell.key"));
        table.column(messages.get("workflow.shell.version")).alignRight();
        table.column(messages.get("workflow.shell.name"));
        table.column(messages.get("workflow.shell.deployedBy"));
        table.column(messages.get("workflow.shell.missing"));
        for (ProcessSummary process : processes.list(caller)) {
            table.addRow().addContent(process.key(), process.version(), process.name() == null ? "" : process.name(), process.deployedBy(),
                    String.join(", ", process.unavailableExecutors()));
        }
        table.print(System.out);
    }
}
