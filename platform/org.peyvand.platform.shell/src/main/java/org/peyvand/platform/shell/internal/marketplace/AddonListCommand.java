package org.peyvand.platform.shell.internal.marketplace;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.AddonQuery;
import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "addon-list", description = "Lists the add-ons installed and those the catalogs offer, with their versions "
        + "and whether an update is offered")
@Service
public class AddonListCommand extends CrmAction {

    @Reference(optional = true)
    MarketplaceService marketplace;

    @Override
    protected void run(Caller caller, Messages messages) {
        AddonTable.print(marketplace.addons(caller, AddonQuery.ALL), messages);
    }
}
