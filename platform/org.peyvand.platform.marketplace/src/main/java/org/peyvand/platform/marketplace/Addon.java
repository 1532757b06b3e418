package org.peyvand.platform.marketplace;

import java.util.List;
import java.util.Optional;

import org.osgi.framework.Version;

/**
 * An add-on as the administrator sees it.
 *
 * @param latest the newest version the catalogs offer, or the installed one when no catalog offers it any more
 * @param versions every version the catalogs offer, newest first
 * @param installed what is installed, if anything
 */
public record Addon(String id, CatalogEntry latest, List<CatalogEntry> versions, Optional<InstalledAddon> installed) {

    public Addon {
        versions = List.copyOf(versions);
    }

    /** Whether a newer version than the installed one is offered. */
    public boolean updatable() {
        return installed.map(now -> Version.parseVersion(latest.version()).compareTo(Version.parseVersion(now.version())) > 0).orElse(false);
    }
}
