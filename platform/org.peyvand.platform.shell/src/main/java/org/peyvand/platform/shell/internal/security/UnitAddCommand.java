package org.peyvand.platform.shell.internal.security;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.OrgUnitInput;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "unit-add", description = "Adds an org unit under a parent")
@Service
public class UnitAddCommand extends CrmAction {

    @Reference(optional = true)
    OrgUnitService units;

    @Argument(index = 0, name = "code", required = true, description = "Short Latin code, e.g. SALES-TEH")
    String code;

    @Option(name = "--name", required = true, description = "Name (Persian)")
    String nameFa;

    @Option(name = "--name-en", description = "Name in English (defaults to the Persian one)")
    String nameEn;

    @Option(name = "--kind", description = "DEPARTMENT, BRANCH or AGENCY")
    OrgUnit.Kind kind = OrgUnit.Kind.DEPARTMENT;

    @Option(name = "--parent", description = "Id of the parent unit (default: the organisation)")
    long parent = OrgUnit.ROOT_ID;

    @Override
    protected void run(Caller caller, Messages messages) {
        OrgUnit unit = units.create(caller, new OrgUnitInput(code, nameFa, nameEn, kind, parent));
        System.out.println("Created unit " + unit.id() + " " + unit.code());
    }
}
