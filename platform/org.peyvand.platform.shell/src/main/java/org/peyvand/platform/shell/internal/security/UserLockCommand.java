package org.peyvand.platform.shell.internal.security;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.UserService;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "user-lock", description = "Locks a user out until unlocked")
@Service
public class UserLockCommand extends CrmAction {

    @Reference(optional = true)
    UserService users;

    @Argument(index = 0, name = "username", required = true)
    String username;

    @Override
    protected void run(Caller caller, Messages messages) {
        System.out.println("Locked " + users.setLocked(caller, username, true).username());
    }
}
