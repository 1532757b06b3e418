package org.peyvand.platform.shell.internal.security;

import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "unit-managers", description = "Sets who manages an org unit (none clears)")
@Service
public class UnitManagersCommand extends CrmAction {

    @Reference(optional = true)
    OrgUnitService units;

    @Argument(index = 0, name = "unit", required = true, description = "The unit's id (crm:unit-list)")
    long unit;

    @Argument(index = 1, name = "usernames", multiValued = true, description = "The managers")
    List<String> usernames;

    @Override
    protected void run(Caller caller, Messages messages) {
        OrgUnit changed = units.setManagers(caller, unit, usernames == null ? Set.of() : Set.copyOf(usernames));
        System.out.println(changed.code() + " managed by " + String.join(", ", changed.managers()));
    }
}
