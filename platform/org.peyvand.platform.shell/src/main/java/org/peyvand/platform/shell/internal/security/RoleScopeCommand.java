package org.peyvand.platform.shell.internal.security;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordScope;
import org.peyvand.platform.security.RoleService;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "role-scope", description = "Sets which records of a type a role sees: OWN, UNIT, UNIT_TREE or ALL")
@Service
public class RoleScopeCommand extends CrmAction {

    @Reference(optional = true)
    RoleService roles;

    @Argument(index = 0, name = "role", required = true)
    String role;

    @Argument(index = 1, name = "type", required = true, description = "Record type, e.g. accounts.contact")
    String objectType;

    @Argument(index = 2, name = "level", required = true, description = "OWN, UNIT, UNIT_TREE or ALL")
    RecordScope.Level level;

    @Override
    protected void run(Caller caller, Messages messages) {
        roles.setScope(caller, role, objectType, level);
        System.out.println(role + " sees " + level + " of " + objectType);
    }
}
