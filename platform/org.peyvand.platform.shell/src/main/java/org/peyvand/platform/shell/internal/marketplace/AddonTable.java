package org.peyvand.platform.shell.internal.marketplace;

import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.Addon;
import org.peyvand.platform.marketplace.InstalledAddon;

/** Add-ons as the listing and the search print them: one row each, what is installed next to what is offered. */
final class AddonTable {

    private AddonTable() {
    }

    static void print(List<Addon> addons, Messages messages) {
        Locale locale = messages.locale();
        ShellTable table = new ShellTable();
        for (String column : new String[] {"id", "name", "category", "maturity", "version", "installed", "update", "catalog"}) {
            table.column(messages.get("shell.addon." + column));
        }
        for (Addon addon : addons) {
            table.addRow().addContent(addon.id(), addon.latest().name(locale), addon.latest().category(),
                    maturity(addon, messages), addon.latest().version(),
                    addon.installed().map(InstalledAddon::version).orElse(""), addon.updatable() ? messages.get("shell.addon.updatable") : "",
                    addon.installed().map(InstalledAddon::catalog).orElse(addon.latest().catalog()));
        }
        table.print(System.out);
        if (addons.isEmpty()) {
            System.out.println(messages.get("shell.addon.none"));
        }
    }

    /** An installed add-on no catalog offers any more has no maturity. */
    private static String maturity(Addon addon, Messages messages) {
        return addon.latest().maturity() == null ? ""
                : messages.get("shell.maturity." + addon.latest().maturity().name().toLowerCase(Locale.ROOT));
    }
}
