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
import org.peyvand.platform.workflow.CartableService;
import org.peyvand.platform.workflow.WorkItem;
import org.peyvand.platform.workflow.WorkItemState;

@Command(scope = "crm", name = "task-complete", description = "Completes an item of your cartable, with its form's values")
@Service
public class TaskCompleteCommand extends CrmAction {

    @Reference(optional = true)
    CartableService cartable;

    @Argument(index = 0, name = "item", required = true, description = "The item id")
    long id;

    @Argument(index = 1, name = "values", multiValued = true, description = "field=value pairs of the task's form")
    List<String> values;

    @Option(name = "-c", aliases = "--comment", description = "A comment kept in the item's trail")
    String comment;

    @Override
    protected void run(Caller caller, Messages messages) {
        WorkItem item = cartable.complete(caller, id, FieldPairs.parse(values), comment);
        System.out.println(item.state() == WorkItemState.OPEN
                ? messages.get("workflow.shell.answered", id, item.assignee())
                : messages.get("workflow.shell.completed", id));
    }
}
