package org.peyvand.platform.shell.internal.workflow;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;
import org.peyvand.platform.workflow.CartableService;
import org.peyvand.platform.workflow.Referral;

@Command(scope = "crm", name = "task-refer", description = "Refers an item of your cartable to a person or a unit")
@Service
public class TaskReferCommand extends CrmAction {

    @Reference(optional = true)
    CartableService cartable;

    @Argument(index = 0, name = "item", required = true, description = "The item id")
    long id;

    @Argument(index = 1, name = "to", required = true, description = "A username, or unit:<id>")
    String to;

    @Argument(index = 2, name = "comment", description = "What the receiver should do")
    String comment;

    @Option(name = "-f", aliases = "--forward", description = "Hand it over for good instead of expecting it back")
    boolean forward;

    @Override
    protected void run(Caller caller, Messages messages) {
        Referral referral;
        if (to.startsWith("unit:")) {
            try {
                referral = new Referral(null, Long.valueOf(to.substring(5)), comment, null);
            } catch (NumberFormatException notId) {
                throw ValidationException.of("toUnit", "core.error.invalidNumber");
            }
        } else {
            referral = new Referral(to, null, comment, null);
        }
        if (forward) {
            cartable.forward(caller, id, referral);
        } else {
            cartable.refer(caller, id, referral);
        }
        System.out.println(messages.get(forward ? "workflow.shell.forwarded" : "workflow.shell.referred", id, to));
    }
}
