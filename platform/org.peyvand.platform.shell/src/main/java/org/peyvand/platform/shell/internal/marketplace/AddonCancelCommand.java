package org.peyvand.platform.shell.internal.marketplace;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "addon-cancel", description = "Stops an install, update or uninstall job that has not begun changing anything")
@Service
public class AddonCancelCommand extends CrmAction {

    @Reference(optional = true)
    MarketplaceService marketplace;

    @Argument(index = 0, name = "job", description = "The job's id, as --no-wait printed it", required = true)
    String job;

    @Override
    protected void run(Caller caller, Messages messages) {
        marketplace.cancel(caller, job);
        System.out.println(messages.get("shell.job.cancelStarted", job));
    }
}
