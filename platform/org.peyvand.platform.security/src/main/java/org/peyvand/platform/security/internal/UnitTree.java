package org.peyvand.platform.security.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.internal.jpa.OrgUnitEntity;

/** Each unit's own id with those of every unit below it, cached until the tree changes. */
public final class UnitTree {
    private final Transactions tx;
    private final Map<Long, Set<Long>> subtrees = new ConcurrentHashMap<>();

    public UnitTree(Transactions tx) {
        this.tx = tx;
    }

    public Set<Long> subtree(long unitId) {
        return subtrees.computeIfAbsent(unitId, id -> tx.read(em -> {
            OrgUnitEntity unit = em.find(OrgUnitEntity.class, id);
            if (unit == null) {
                return Set.of(id);
            }
            Set<Long> ids = new HashSet<>(em.createQuery("select u.id from OrgUnitEntity u where u.path like :p", Long.class)
                    .setParameter("p", unit.fullPath() + "%").getResultList());
            ids.add(id);
            return Set.copyOf(ids);
        }));
    }

    public void changed() {
        subtrees.clear();
    }
}
