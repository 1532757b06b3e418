package org.peyvand.platform.shell.internal.security;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.security.RoleService;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "role-field", description = "Hides a field of a record type from a role, or shows it read-only")
@Service
public class RoleFieldCommand extends CrmAction {

    @Reference(optional = true)
    RoleService roles;

    @Argument(index = 0, name = "role", required = true)
    String role;

    @Argument(index = 1, name = "type", required = true, description = "Record type, e.g. accounts.contact")
    String objectType;

    @Argument(index = 2, name = "field", required = true, description = "Field name, e.g. mobile")
    String field;

    @Argument(index = 3, name = "access", description = "HIDDEN or READ_ONLY; left out with --clear")
    FieldAccess.Access access;

    @Option(name = "--clear", description = "Removes the rule: the field is editable again")
    boolean clear;

    @Override
    protected void run(Caller caller, Messages messages) {
        if (clear) {
            roles.clearFieldRule(caller, role, objectType, field);
        } else {
            roles.setFieldRule(caller, role, objectType, field, access);
        }
        System.out.println(role + ": " + objectType + "." + field + " " + (clear ? "editable" : access));
    }
}
