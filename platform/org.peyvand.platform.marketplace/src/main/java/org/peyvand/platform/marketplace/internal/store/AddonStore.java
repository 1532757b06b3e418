package org.peyvand.platform.marketplace.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.ContentType;
import org.peyvand.platform.marketplace.InstalledAddon;
import org.peyvand.platform.persistence.Transactions;

/** mkt_addon: the desired state, written once an install has proved itself and removed once an uninstall has. */
public final class AddonStore {
    private final Transactions tx;

    public AddonStore(Transactions tx) {
        this.tx = tx;
    }

    public List<AddonEntity> all() {
        return tx.read(em -> em.createQuery("select a from AddonEntity a order by a.id", AddonEntity.class).getResultList());
    }

    public Optional<AddonEntity> find(String id) {
        return tx.read(em -> Optional.ofNullable(em.find(AddonEntity.class, id)));
    }

    /** Records {@code entry} as installed from {@code artifact}, replacing what was recorded for its id. */
    public void installed(CatalogEntry entry, String artifact, Instant at, String by) {
        tx.write(em -> Optional.ofNullable(em.find(AddonEntity.class, entry.id())), (em, found) -> {
            AddonEntity row = found.orElseGet(() -> new AddonEntity(entry.id()));
            row.set(entry.version(), entry.contentType().wireName(), entry.catalog(), artifact, entry.sha256(), entry.downgradeSafe(), at, by);
            if (found.isEmpty()) {
                em.persist(row);
            }
            return row;
        });
    }

    public void removed(String id) {
        tx.write(em -> Optional.ofNullable(em.find(AddonEntity.class, id)), (em, found) -> {
            found.ifPresent(em::remove);
            return id;
        });
    }

    /** A module the distribution installed, as the desired state would hold it; not stored. */
    public static AddonEntity carried(InstalledAddon installed) {
        AddonEntity row = new AddonEntity(installed.id());
        row.set(installed.version(), installed.contentType().wireName(), installed.catalog(), installed.artifact(), null, false,
                installed.installedAt(), installed.installedBy());
        return row;
    }

    public static InstalledAddon view(AddonEntity row, boolean present) {
        return new InstalledAddon(row.id(), row.version(), ContentType.ofWireName(row.contentType()).orElseThrow(), row.catalog(),
                row.artifact(), row.sha256(), row.installedAt(), row.installedBy(), present);
    }
}
