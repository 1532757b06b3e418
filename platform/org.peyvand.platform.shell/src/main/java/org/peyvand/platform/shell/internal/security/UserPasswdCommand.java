package org.peyvand.platform.shell.internal.security;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.UserService;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "user-passwd", description = "Sets a user's password; asks for it unless --password is given")
@Service
public class UserPasswdCommand extends CrmAction {

    @Reference(optional = true)
    UserService users;

    @Reference
    Session session;

    @Argument(index = 0, name = "username", required = true)
    String username;

    @Option(name = "--password", description = "The new password (prompted for when left out)")
    String password;

    @Override
    protected void run(Caller caller, Messages messages) throws Exception {
        char[] secret = password != null ? password.toCharArray() : session.readLine("New password: ", '*').toCharArray();
        users.resetPassword(caller, username, secret);
        System.out.println("Password of " + username + " changed");
    }
}
