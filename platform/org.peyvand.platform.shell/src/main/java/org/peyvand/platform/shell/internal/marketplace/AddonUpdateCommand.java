package org.peyvand.platform.shell.internal.marketplace;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.InstallJob;
import org.peyvand.platform.security.Caller;

@Command(scope = "crm", name = "addon-update", description = "Moves an installed add-on to another version, keeping its data, showing "
        + "the permissions that version adds, then its progress and outcome")
@Service
public class AddonUpdateCommand extends AddonJobAction {

    @Option(name = "--version", aliases = "-v", description = "The version to move to; by default the newest offered")
    String version;

    @Override
    protected InstallJob start(Caller caller, Messages messages) {
        printPermissions("shell.addon.adds", Versions.permissions(marketplace.addon(caller, id), version), messages);
        return marketplace.update(caller, id, version);
    }
}
