package org.peyvand.platform.shell.internal;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.module.ModuleInfo;
import org.peyvand.platform.module.ModuleRegistry;

@Command(scope = "crm", name = "module-list", description = "Lists the installed CRM modules and their state")
@Service
public class ModuleListCommand implements Action {

    @Reference
    ModuleRegistry modules;

    @Option(name = "-l", aliases = "--language", description = "Language of the module names: fa or en")
    String language = "en";

    @Override
    public Object execute() {
        Locale locale = Locale.forLanguageTag(language);
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
        return null;
    }
}
