package org.peyvand.module.accounts.internal.jpa;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.peyvand.platform.security.RecordScope;

/** Record-scope checks of many accounts or contacts at once, so naming a list of them costs one read, not one per record. */
final class RecordScopes {
    private RecordScopes() {
    }

    /**
     * The id and the given columns ({@code r.name}, ...) of those of {@code ids} among the rows of
     * {@code entity} (an entity with owner and ownerUnitId) that the scope allows: what naming or
     * owning them needs, without reading the rest of the records.
     */
    static List<Object[]> visibleColumns(EntityManager em, String entity, RecordScope scope, List<Long> ids, String... columns) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ids", ids);
        String visible = scope.condition("r.owner", "r.ownerUnitId", value -> {
            String name = "p" + params.size();
            params.put(name, value);
            return ":" + name;
        });
        TypedQuery<Object[]> query = em.createQuery("SELECT r.id, " + String.join(", ", columns) + " FROM " + entity + " r WHERE r.id IN :ids"
                + (visible == null ? "" : " AND " + visible), Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }
}
