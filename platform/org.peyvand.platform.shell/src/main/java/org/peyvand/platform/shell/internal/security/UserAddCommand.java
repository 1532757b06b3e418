package org.peyvand.platform.shell.internal.security;

import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.UserAccount;
import org.peyvand.platform.security.UserInput;
import org.peyvand.platform.security.UserService;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "user-add", description = "Creates a user; asks for the password unless --password is given")
@Service
public class UserAddCommand extends CrmAction {

    @Reference(optional = true)
    UserService users;

    @Reference
    Session session;

    @Argument(index = 0, name = "username", required = true, description = "Latin login name, e.g. sara.ahmadi")
    String username;

    @Option(name = "--name", required = true, description = "Display name (Persian)")
    String nameFa;

    @Option(name = "--name-en", description = "Display name in English (defaults to the Persian one)")
    String nameEn;

    @Option(name = "--email")
    String email;

    @Option(name = "--mobile")
    String mobile;

    @Option(name = "--unit", description = "Id of the org unit (default: the organisation)")
    long unit = OrgUnit.ROOT_ID;

    @Option(name = "--role", multiValued = true, description = "A role to hold; repeat for several")
    List<String> roles;

    @Option(name = "--password", description = "The password (prompted for when left out, which keeps it out of the history)")
    String password;

    @Override
    protected void run(Caller caller, Messages messages) throws Exception {
        char[] secret = password != null ? password.toCharArray() : session.readLine("Password: ", '*').toCharArray();
        UserAccount user = users.create(caller, username, new UserInput(nameFa, nameEn, email, mobile, unit,
                DisplayPreferences.defaults(I18nService.PERSIAN)), secret, roles == null ? Set.of() : Set.copyOf(roles));
        System.out.println("Created " + user.username() + " (" + String.join(", ", user.roles()) + ")");
    }
}
