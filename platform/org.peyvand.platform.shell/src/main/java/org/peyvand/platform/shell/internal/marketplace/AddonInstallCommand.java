package org.peyvand.platform.shell.internal.marketplace;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.InstallJob;
import org.peyvand.platform.security.Caller;

@Command(scope = "crm", name = "addon-install", description = "Installs an add-on from a catalog, showing the permissions it adds, "
        + "then its progress and outcome")
@Service
public class AddonInstallCommand extends AddonJobAction {

    @Option(name = "--version", aliases = "-v", description = "The version to install; by default the newest offered")
    String version;

    @Override
    protected InstallJob start(Caller caller, Messages messages) {
        printPermissions("shell.addon.adds", Versions.permissions(marketplace.addon(caller, id), version), messages);
        return marketplace.install(caller, id, version);
    }
}
