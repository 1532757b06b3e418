package org.peyvand.platform.shell.internal.security;

import java.time.ZoneId;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.AuditQuery;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "audit", description = "Searches the audit trail, newest first")
@Service
public class AuditCommand extends CrmAction {

    @Reference(optional = true)
    AuditTrail audit;

    @Option(name = "--actor", description = "Who did it")
    String actor;

    @Option(name = "--action", description = "e.g. login.failed, user.created, updated")
    String action;

    @Option(name = "--type", description = "Object type, e.g. platform.user or accounts.contact")
    String objectType;

    @Option(name = "--id", description = "Object id")
    String objectId;

    @Option(name = "-n", aliases = "--limit", description = "How many lines, 1 to 500")
    int limit = 20;

    @Override
    protected void run(Caller caller, Messages messages) {
        DisplayFormat format = DisplayFormat.of(caller.preferences());
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Id", "When", "Actor", "Action", "Object", "Summary", "Changes"}) {
            table.column(column);
        }
        AuditQuery query = new AuditQuery(actor, action, objectType, objectId, null, null);
        for (AuditEntry e : audit.search(caller, query, PageRequest.first(limit, "id", true)).items()) {
            StringBuilder changes = new StringBuilder();
            e.changes().forEach(c -> changes.append(c.field()).append(": ").append(c.oldValue()).append(" → ").append(c.newValue()).append("; "));
            table.addRow().addContent(e.id(), format.dateTime(e.at(), ZoneId.systemDefault()), e.actor(), e.action(),
                    e.objectType() + (e.objectId() == null ? "" : " " + e.objectId()), e.summary() == null ? "" : e.summary(), changes);
        }
        table.print(System.out);
    }
}
