package org.peyvand.platform.shell.internal.marketplace;

import java.time.ZoneId;
import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.CatalogInfo;
import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "repo-list", description = "Lists the catalogs of add-ons, how many versions each offers and why one "
        + "could not be read")
@Service
public class RepoListCommand extends CrmAction {

    @Reference(optional = true)
    MarketplaceService marketplace;

    @Option(name = "--refresh", aliases = "-r", description = "Read every catalog again first")
    boolean refresh;

    @Override
    protected void run(Caller caller, Messages messages) {
        List<CatalogInfo> catalogs = refresh ? marketplace.refresh(caller) : marketplace.catalogs(caller);
        DisplayFormat format = DisplayFormat.of(caller.preferences());
        ShellTable table = new ShellTable();
        for (String column : new String[] {"id", "kind", "location", "enabled", "entries", "refreshed", "error"}) {
            table.column(messages.get("shell.repo." + column));
        }
        for (CatalogInfo catalog : catalogs) {
            table.addRow().addContent(catalog.id(), messages.get("shell.repo.kind." + catalog.kind().name()),
                    catalog.location() == null ? "" : catalog.location(), messages.get(catalog.enabled() ? "shell.repo.yes" : "shell.repo.no"),
                    catalog.entries(), catalog.refreshed() == null ? "" : format.dateTime(catalog.refreshed(), ZoneId.systemDefault()),
                    catalog.errorKey() == null ? "" : messages.get(catalog.errorKey(), catalog.errorArgs().toArray()));
        }
        table.print(System.out);
    }
}
