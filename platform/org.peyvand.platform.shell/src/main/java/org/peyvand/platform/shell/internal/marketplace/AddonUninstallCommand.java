package org.peyvand.platform.shell.internal.marketplace;

import java.io.IOException;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.Addon;
import org.peyvand.platform.marketplace.InstallJob;
import org.peyvand.platform.security.Caller;

@Command(scope = "crm", name = "addon-uninstall", description = "Removes an installed add-on, keeping its data unless --purge, showing "
        + "the permissions that go with it, then its progress and outcome")
@Service
public class AddonUninstallCommand extends AddonJobAction {

    @Option(name = "--purge", description = "Also drop the tables its migrations created, with their data; cannot be undone")
    boolean purge;

    @Option(name = "--confirm", description = "The add-on's id again, to purge without being asked")
    String confirm;

    @Reference
    Session session;

    @Override
    protected InstallJob start(Caller caller, Messages messages) {
        Addon addon = marketplace.addon(caller, id);
        addon.installed().ifPresent(installed -> printPermissions("shell.addon.removes",
                Versions.permissions(addon, installed.version()), messages));
        if (purge) {
            String typed = confirm != null ? confirm : readLine(messages.get("shell.addon.purgeConfirm", id));
            if (!id.equals(typed == null ? null : typed.strip())) {
                return null;
            }
        }
        return marketplace.uninstall(caller, id, purge);
    }

    private String readLine(String prompt) {
        try {
            return session.readLine(prompt + " ", null);
        } catch (IOException e) {
            return null;
        }
    }
}
