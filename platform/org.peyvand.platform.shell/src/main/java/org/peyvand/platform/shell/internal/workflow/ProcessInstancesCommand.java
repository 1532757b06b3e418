package org.peyvand.platform.shell.internal.workflow;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;
import org.peyvand.platform.workflow.InstanceQuery;
import org.peyvand.platform.workflow.InstanceState;
import org.peyvand.platform.workflow.ProcessInstance;
import org.peyvand.platform.workflow.ProcessService;

@Command(scope = "crm", name = "process-instances", description = "Lists process instances, newest first")
@Service
public class ProcessInstancesCommand extends CrmAction {
    private static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

    @Reference(optional = true)
    ProcessService processes;

    @Option(name = "-p", aliases = "--process", description = "Only instances of this process")
    String process;

    @Option(name = "-s", aliases = "--state", description = "ACTIVE, SUSPENDED, COMPLETED or CANCELLED")
    String state;

    @Option(name = "-i", aliases = "--incidents", description = "Only instances with incidents")
    boolean incidents;

    @Option(name = "-n", aliases = "--limit", description = "How many, at most 500")
    int limit = 50;

    @Override
    protected void run(Caller caller, Messages messages) {
        InstanceState wanted;
        try {
            wanted = state == null ? null : InstanceState.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ValidationException.of("state", "core.error.invalidValue");
        }
        DisplayFormat format = DisplayFormat.of(caller.preferences());
        ShellTable table = new ShellTable();
        table.column("#").alignRight();
        table.column(messages.get("workflow.shell.key"));
        table.column(messages.get("workflow.shell.version")).alignRight();
        table.column(messages.get("workflow.shell.state"));
        table.column(messages.get("workflow.shell.startedBy"));
        table.column(messages.get("workflow.shell.startedAt"));
        table.column(messages.get("workflow.shell.at"));
        table.column(messages.get("workflow.shell.incidents")).alignRight();
        InstanceQuery query = new InstanceQuery(process, wanted, null, null, null, incidents);
        List<ProcessInstance> shown = processes.instances(caller, query, PageRequest.first(limit, null, true)).items();
        for (ProcessInstance instance : shown) {
            table.addRow().addContent(instance.id(), instance.processKey(), instance.version(), instance.state().name(), instance.startedBy(),
                    format.dateTime(instance.startedAt(), IRAN), String.join(", ", instance.activeElements()), instance.incidents());
        }
        table.print(System.out);
        System.out.println(messages.get("workflow.shell.shownOf", format.number(shown.size()), format.number(processes.count(caller, query))));
    }
}
