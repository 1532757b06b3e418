package org.peyvand.platform.shell.internal.marketplace;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.CatalogInfo;
import org.peyvand.platform.marketplace.CatalogInput;
import org.peyvand.platform.marketplace.CatalogKind;
import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "repo-add", description = "Adds a catalog of add-ons: a folder on the server, or the http(s) address of "
        + "a signed index.json; it is read at once")
@Service
public class RepoAddCommand extends CrmAction {

    @Reference(optional = true)
    MarketplaceService marketplace;

    @Argument(index = 0, name = "id", description = "A name for the catalog: lower-case Latin letters, digits and dashes", required = true)
    String id;

    @Argument(index = 1, name = "location", description = "A folder on the server, or an http(s) URL of the catalog's index.json",
            required = true)
    String location;

    @Override
    protected void run(Caller caller, Messages messages) {
        CatalogInfo added = marketplace.addCatalog(caller, new CatalogInput(id, kind(location), location, true));
        System.out.println(messages.get("shell.repo.added", added.id(), added.entries()));
        if (added.errorKey() != null) {
            System.out.println(messages.get(added.errorKey(), added.errorArgs().toArray()));
        }
    }

    /** An http(s) address is a remote index; anything else a folder on the server. */
    static CatalogKind kind(String location) {
        String lower = location.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? CatalogKind.REMOTE : CatalogKind.FOLDER;
    }
}
