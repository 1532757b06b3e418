package ${package}.internal.jpa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import ${package}.internal.ListOrder;
import org.peyvand.platform.core.page.KeysetCursor;
import org.peyvand.platform.core.text.LikePatterns;
import org.peyvand.platform.security.RecordScope;

/** Queries of the module's table: keyset pages and counts on indexed columns, narrowed by the caller's scope. */
public final class ${recordName}Repository {
    private final EntityManager em;

    public ${recordName}Repository(EntityManager em) {
        this.em = em;
    }

    public Optional<${recordName}Entity> find(long id) {
        return Optional.ofNullable(em.find(${recordName}Entity.class, id));
    }

    public ${recordName}Entity insert(${recordName}Entity row) {
        em.persist(row);
        return row;
    }

    public void delete(${recordName}Entity row) {
        em.remove(row);
    }

    /**
     * @param prefix the search form of what was typed; names starting with it match (a prefix keeps the index in use)
     * @param after  the last row of the previous page; {@code null} for the first
     */
    public List<${recordName}Entity> page(RecordScope scope, String prefix, ListOrder order, KeysetCursor after, int limit) {
        Where where = new Where(scope, prefix);
        if (after != null) {
            String value = where.bind(order.parse().apply(after.sortValue()));
            String id = where.bind(after.id());
            String beyond = order.descending() ? " < " : " > ";
            String attribute = "r." + order.attribute();
            where.and("(" + attribute + beyond + value + " OR (" + attribute + " = " + value + " AND r.id" + beyond + id + "))");
        }
        String direction = order.descending() ? " DESC" : " ASC";
        TypedQuery<${recordName}Entity> query = em.createQuery("SELECT r FROM ${recordName}Entity r" + where
                + " ORDER BY r." + order.attribute() + direction + ", r.id" + direction, ${recordName}Entity.class);
        where.params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    public long count(RecordScope scope, String prefix) {
        Where where = new Where(scope, prefix);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(r) FROM ${recordName}Entity r" + where, Long.class);
        where.params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The conditions of a list query with their named parameters. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();

        Where(RecordScope scope, String prefix) {
            String visible = scope.condition("r.owner", "r.ownerUnitId", this::bind);
            if (visible != null) {
                and(visible);
            }
            if (prefix != null && !prefix.isEmpty()) {
                and("r." + ${recordName}Entity.SORT_KEY + " LIKE " + bind(LikePatterns.prefix(prefix, '\\')) + " ESCAPE '\\'");
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
