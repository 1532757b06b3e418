package org.peyvand.platform.shell.internal.marketplace;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.AddonQuery;
import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "addon-search", description = "Finds add-ons by words in their names, descriptions, vendor or id")
@Service
public class AddonSearchCommand extends CrmAction {

    @Reference(optional = true)
    MarketplaceService marketplace;

    @Argument(index = 0, name = "words", description = "Words to find, in Persian or English", required = true, multiValued = true)
    List<String> words;

    @Option(name = "--category", aliases = "-c", description = "Only add-ons of this category")
    String category;

    @Override
    protected void run(Caller caller, Messages messages) {
        AddonQuery query = new AddonQuery(String.join(" ", words), category == null || category.isBlank() ? null : category.strip(), null);
        AddonTable.print(marketplace.addons(caller, query), messages);
    }
}
