package org.peyvand.platform.shell.internal;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.module.ModuleInfo;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.KernelPermissions;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "module-list", description = "Lists the installed CRM modules and their state")
@Service
public class ModuleListCommand extends CrmAction {
    @Reference(optional = true)
    ModuleRegistry modules;

    @Reference(optional = true)
    AccessGuard guard;

    @Override
    protected void run(Caller caller, Messages messages) {
        guard.require(caller, KernelPermissions.MODULE_READ);
        Locale locale = messages.locale();
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Version");
        table.column("State");
        table.column("Bundle");
        for (ModuleInfo module : modules.modules()) {
            table.addRow().addContent(module.id(), module.name(locale), module.version(), module.state(), module.bundle());
        }
        table.print(System.out);
    }
}
