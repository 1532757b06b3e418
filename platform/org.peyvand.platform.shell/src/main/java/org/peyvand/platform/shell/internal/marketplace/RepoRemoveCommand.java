package org.peyvand.platform.shell.internal.marketplace;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "repo-remove", description = "Removes a folder or remote catalog; the add-ons installed from it stay")
@Service
public class RepoRemoveCommand extends CrmAction {

    @Reference(optional = true)
    MarketplaceService marketplace;

    @Argument(index = 0, name = "id", description = "The catalog's id, as crm:repo-list shows it", required = true)
    String id;

    @Override
    protected void run(Caller caller, Messages messages) {
        marketplace.removeCatalog(caller, id);
        System.out.println(messages.get("shell.repo.removed", id));
    }
}
