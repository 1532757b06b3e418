package org.peyvand.platform.shell.internal.workflow;

import java.time.ZoneId;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;
import org.peyvand.platform.workflow.Incident;
import org.peyvand.platform.workflow.ProcessService;

@Command(scope = "crm", name = "incident-list", description = "Lists workflow jobs that failed and wait for an administrator")
@Service
public class IncidentListCommand extends CrmAction {
    private static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

    @Reference(optional = true)
    ProcessService processes;

    @Override
    protected void run(Caller caller, Messages messages) {
        DisplayFormat format = DisplayFormat.of(caller.preferences());
        ShellTable table = new ShellTable();
        table.column("#").alignRight();
        table.column(messages.get("workflow.shell.instance")).alignRight();
        table.column(messages.get("workflow.shell.key"));
        table.column(messages.get("workflow.shell.at"));
        table.column(messages.get("workflow.shell.attempts")).alignRight();
        table.column(messages.get("workflow.shell.when"));
        table.column(messages.get("workflow.shell.why"));
        for (Incident incident : processes.incidents(caller)) {
            table.addRow().addContent(incident.id(), incident.instanceId() == null ? "" : incident.instanceId(), incident.processKey(),
                    incident.elementId(), incident.attempts(), incident.at() == null ? "" : format.dateTime(incident.at(), IRAN),
                    incident.message());
        }
        table.print(System.out);
    }
}
