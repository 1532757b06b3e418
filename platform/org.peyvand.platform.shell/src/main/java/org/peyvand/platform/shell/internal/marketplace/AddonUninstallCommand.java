package org.peyvand.platform.shell.internal.marketplace;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.Addon;
import org.peyvand.platform.marketplace.InstallJob;
import org.peyvand.platform.security.Caller;

@Command(scope = "crm", name = "addon-uninstall", description = "Removes an installed add-on, keeping its data, showing the permissions "
        + "that go with it, then its progress and outcome")
@Service
public class AddonUninstallCommand extends AddonJobAction {

    @Override
    protected InstallJob start(Caller caller, Messages messages) {
        Addon addon = marketplace.addon(caller, id);
        addon.installed().ifPresent(installed -> printPermissions("shell.addon.removes",
                Versions.permissions(addon, installed.version()), messages));
        return marketplace.uninstall(caller, id);
    }
}
