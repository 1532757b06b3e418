package org.peyvand.platform.shell.internal.security;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "unit-list", description = "Shows the organisation tree")
@Service
public class UnitListCommand extends CrmAction {

    @Reference(optional = true)
    OrgUnitService units;

    @Override
    protected void run(Caller caller, Messages messages) {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Code");
        table.column("Name");
        table.column("Kind");
        table.column("Managers");
        for (OrgUnit unit : units.tree(caller)) {
            int depth = unit.path().split("/").length - 2;
            table.addRow().addContent(unit.id(), unit.code(), "  ".repeat(depth) + unit.name(messages.locale()), unit.kind(),
                    String.join(", ", unit.managers()));
        }
        table.print(System.out);
    }
}
