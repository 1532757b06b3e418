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
import org.peyvand.platform.workflow.CartableBox;
import org.peyvand.platform.workflow.CartableService;
import org.peyvand.platform.workflow.WorkItem;

@Command(scope = "crm", name = "task-list", description = "Lists one box of your cartable by due date")
@Service
public class TaskListCommand extends CrmAction {
    private static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

    @Reference(optional = true)
    CartableService cartable;

    @Option(name = "-b", aliases = "--box", description = "MINE (default), TO_CLAIM, SENT or DONE")
    String box = "MINE";

    @Option(name = "-n", aliases = "--limit", description = "How many, at most 500")
    int limit = 50;

    @Override
    protected void run(Caller caller, Messages messages) {
        CartableBox wanted;
        try {
            wanted = CartableBox.valueOf(box.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ValidationException.of("box", "core.error.invalidValue");
        }
        DisplayFormat format = DisplayFormat.of(caller.preferences());
        ShellTable table = new ShellTable();
        table.column("#").alignRight();
        table.column(messages.get("workflow.shell.name"));
        table.column(messages.get("workflow.shell.key"));
        table.column(messages.get("workflow.shell.holder"));
        table.column(messages.get("workflow.shell.referredBy"));
        table.column(messages.get("workflow.shell.due"));
        table.column(messages.get("workflow.shell.sla"));
        List<WorkItem> shown = cartable.cartable(caller, wanted, PageRequest.first(limit, null, false)).items();
        for (WorkItem item : shown) {
            String holder = item.assignee() != null ? item.assignee()
                    : item.candidateUnit() != null ? "unit:" + item.candidateUnit() : "role:" + item.candidateRole();
            table.addRow().addContent(item.id(), item.name(), item.processName() == null ? item.recordType() : item.processName(), holder,
                    item.referredBy() == null ? "" : item.referredBy(), item.dueAt() == null ? "" : format.dateTime(item.dueAt(), IRAN),
                    messages.get("workflow.sla." + item.sla().name()));
        }
        table.print(System.out);
        System.out.println(messages.get("workflow.shell.shownOf", format.number(shown.size()), format.number(cartable.count(caller, wanted))));
    }
}
