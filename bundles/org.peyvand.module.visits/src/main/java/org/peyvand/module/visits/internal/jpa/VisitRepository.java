package org.peyvand.module.visits.internal.jpa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.peyvand.module.visits.VisitQuery;
import org.peyvand.module.visits.internal.ListOrder;
import org.peyvand.platform.core.page.KeysetCursor;
import org.peyvand.platform.core.text.LikePatterns;
import org.peyvand.platform.security.RecordScope;

/** Queries of the module's table: keyset pages and counts on indexed columns, by account or purpose, narrowed by the caller's scope. */
public final class VisitRepository {
    private final EntityManager em;

    public VisitRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<VisitEntity> find(long id) {
        return Optional.ofNullable(em.find(VisitEntity.class, id));
    }

    public VisitEntity insert(VisitEntity row) {
        em.persist(row);
        return row;
    }

    public void delete(VisitEntity row) {
        em.remove(row);
    }

    /** @param after the last row of the previous page; {@code null} for the first */
    public List<VisitEntity> page(RecordScope scope, VisitQuery query, ListOrder order, KeysetCursor after, int limit) {
        Where where = new Where(scope, query);
        if (after != null) {
            String value = where.bind(order.parse().apply(after.sortValue()));
            String id = where.bind(after.id());
            String beyond = order.descending() ? " < " : " > ";
            String attribute = "r." + order.attribute();
            where.and("(" + attribute + beyond + value + " OR (" + attribute + " = " + value + " AND r.id" + beyond + id + "))");
        }
        String direction = order.descending() ? " DESC" : " ASC";
        TypedQuery<VisitEntity> jpql = em.createQuery("SELECT r FROM VisitEntity r" + where
                + " ORDER BY r." + order.attribute() + direction + ", r.id" + direction, VisitEntity.class);
        where.params.forEach(jpql::setParameter);
        return jpql.setMaxResults(limit).getResultList();
    }

    public long count(RecordScope scope, VisitQuery query) {
        Where where = new Where(scope, query);
        TypedQuery<Long> jpql = em.createQuery("SELECT COUNT(r) FROM VisitEntity r" + where, Long.class);
        where.params.forEach(jpql::setParameter);
        return jpql.getSingleResult();
    }

    /** The conditions of a list query with their named parameters. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();

        /** Words match the start of the purpose (a prefix keeps its index in use). */
        Where(RecordScope scope, VisitQuery query) {
            String visible = scope.condition("r.owner", "r.ownerUnitId", this::bind);
            if (visible != null) {
                and(visible);
            }
            if (query.accountId() != null) {
                and("r.accountId = " + bind(query.accountId()));
            }
            String prefix = query.text() == null || query.text().isBlank() ? null : VisitEntity.searchKey(query.text());
            if (prefix != null && !prefix.isEmpty()) {
                and("r." + VisitEntity.SEARCH_KEY + " LIKE " + bind(LikePatterns.prefix(prefix, '\\')) + " ESCAPE '\\'");
            }
        }

        String bind(Object value) {
            String name = "p" + params.size();
            params.put(name, value);
            return ":" + name;
        }

        void and(String condition) {
            conditions.add(condition);
        }

        @Override
        public String toString() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }
}
