package org.peyvand.platform.shell.internal.security;

import java.util.TreeSet;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.Role;
import org.peyvand.platform.security.RoleService;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "role-list", description = "Lists roles and the permissions they grant")
@Service
public class RoleListCommand extends CrmAction {

    @Reference(optional = true)
    RoleService roles;

    @Override
    protected void run(Caller caller, Messages messages) {
        ShellTable table = new ShellTable();
        table.column("Role");
        table.column("Name");
        table.column("Built in");
        table.column("OTP");
        table.column("Permissions").maxSize(100);
        for (Role role : roles.list(caller)) {
            table.addRow().addContent(role.name(), role.label(messages.locale()), role.builtIn() ? "yes" : "no",
                    role.otpRequired() ? "required" : "", String.join(" ", new TreeSet<>(role.permissions())));
        }
        table.print(System.out);
    }
}
