package org.peyvand.platform.shell.internal.security;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RoleService;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "role-revoke", description = "Revokes a permission from a role")
@Service
public class RoleRevokeCommand extends CrmAction {

    @Reference(optional = true)
    RoleService roles;

    @Argument(index = 0, name = "role", required = true)
    String role;

    @Argument(index = 1, name = "permission", required = true, description = "e.g. accounts.contact.export")
    String permission;

    @Override
    protected void run(Caller caller, Messages messages) {
        roles.revoke(caller, role, permission);
        System.out.println(role + " no longer holds " + permission);
    }
}
