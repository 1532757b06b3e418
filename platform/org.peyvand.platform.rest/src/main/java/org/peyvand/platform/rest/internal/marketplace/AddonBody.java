package org.peyvand.platform.rest.internal.marketplace;

import java.util.List;

import org.peyvand.platform.marketplace.Addon;
import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.InstalledAddon;

/**
 * An add-on as JSON: what is installed is left out when nothing is, and whether an update is
 * offered is written out for clients that do not compare versions themselves.
 */
public record AddonBody(String id, CatalogEntry latest, List<CatalogEntry> versions, InstalledAddon installed, boolean updateAvailable) {

    public static AddonBody of(Addon addon) {
        return new AddonBody(addon.id(), addon.latest(), addon.versions(), addon.installed().orElse(null), addon.updatable());
    }
}
