package org.peyvand.platform.shell.internal.security;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.SessionRegistry;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "session-list", description = "Lists the signed-in workspace sessions")
@Service
public class SessionListCommand extends CrmAction {

    @Reference(optional = true)
    SessionRegistry sessions;

    @Override
    protected void run(Caller caller, Messages messages) {
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Id", "User", "Channel", "Address", "Since"}) {
            table.column(column);
        }
        sessions.list(caller).forEach(s -> table.addRow().addContent(s.id(), s.username(), s.channel(), s.address(), s.openedAt()));
        table.print(System.out);
    }
}
