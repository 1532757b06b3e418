package org.peyvand.platform.shell.internal.security;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.UserAccount;
import org.peyvand.platform.security.UserService;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "user-list", description = "Lists users, optionally those matching a text")
@Service
public class UserListCommand extends CrmAction {

    @Reference(optional = true)
    UserService users;

    @Argument(index = 0, name = "text", description = "Part of a username or display name")
    String text;

    @Override
    protected void run(Caller caller, Messages messages) {
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Username", "Name", "Unit", "Roles", "State", "OTP", "Last login"}) {
            table.column(column);
        }
        for (UserAccount u : users.list(caller, text)) {
            String state = !u.active() ? "inactive" : u.locked() ? "locked" : u.failedLogins() > 0 ? u.failedLogins() + " failures" : "active";
            table.addRow().addContent(u.username(), u.displayName(messages.locale()), u.unitId(), String.join(",", u.roles()), state,
                    u.otpEnabled() ? "yes" : "no", u.lastLoginAt() == null ? "" : u.lastLoginAt());
        }
        table.print(System.out);
    }
}
