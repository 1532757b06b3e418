package org.peyvand.platform.shell.internal.security;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.SessionRegistry;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "session-kill", description = "Ends a signed-in session")
@Service
public class SessionKillCommand extends CrmAction {

    @Reference(optional = true)
    SessionRegistry sessions;

    @Argument(index = 0, name = "id", required = true, description = "The id crm:session-list shows")
    String id;

    @Override
    protected void run(Caller caller, Messages messages) {
        sessions.kill(caller, id);
        System.out.println("Session " + id + " ended");
    }
}
