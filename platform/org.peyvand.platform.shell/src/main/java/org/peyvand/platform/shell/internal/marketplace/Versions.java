package org.peyvand.platform.shell.internal.marketplace;

import java.util.List;
import java.util.Optional;

import org.peyvand.platform.marketplace.AddedPermission;
import org.peyvand.platform.marketplace.Addon;
import org.peyvand.platform.marketplace.CatalogEntry;

/** Which offered version a command is about. */
final class Versions {

    private Versions() {
    }

    /**
     * The permissions of the version offered under that number, or of the newest when none is given;
     * none for a number no catalog offers, which the service refuses when the job is asked for.
     */
    static List<AddedPermission> permissions(Addon addon, String version) {
        Optional<CatalogEntry> entry = version == null ? Optional.of(addon.latest())
                : addon.versions().stream().filter(offered -> offered.version().equals(version)).findFirst();
        return entry.map(CatalogEntry::permissions).orElse(List.of());
    }
}
