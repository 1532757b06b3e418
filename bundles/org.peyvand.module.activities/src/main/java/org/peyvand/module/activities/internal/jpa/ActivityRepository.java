package org.peyvand.module.activities.internal.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.peyvand.module.activities.ActivityQuery;
import org.peyvand.module.activities.ActivityStatus;
import org.peyvand.platform.core.page.KeysetCursor;
import org.peyvand.platform.core.text.LikePatterns;
import org.peyvand.platform.security.RecordScope;

/**
 * Queries of the module's table: keyset pages by due time and counts, each filter on an indexed
 * column (words the subject starts with on its search form), narrowed by the caller's scope.
 */
public final class ActivityRepository {
    /** The calendar reads at most this many stored rows for one window. */
    public static final int CALENDAR_ROWS = 2000;

    private final EntityManager em;

    public ActivityRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<ActivityEntity> find(long id) {
        return Optional.ofNullable(em.find(ActivityEntity.class, id));
    }

    public ActivityEntity insert(ActivityEntity row) {
        em.persist(row);
        return row;
    }

    public void delete(ActivityEntity row) {
        em.remove(row);
    }

    /** @param after the last row of the previous page; {@code null} for the first */
    /** @param bySubject in the order of the subject's search form (the subject index's), else by due time; ties by id */
    public List<ActivityEntity> page(RecordScope scope, ActivityQuery query, Instant now, boolean bySubject, boolean descending, KeysetCursor after,
            int limit) {
        Where where = new Where(scope, query, now);
        String column = bySubject ? "r.subjectKey" : "r.dueAt";
        if (after != null) {
            String value = where.bind(bySubject ? after.sortValue() : Instant.parse(after.sortValue()));
            String id = where.bind(after.id());
            String beyond = descending ? " < " : " > ";
            where.and("(" + column + beyond + value + " OR (" + column + " = " + value + " AND r.id" + beyond + id + "))");
        }
        String direction = descending ? " DESC" : " ASC";
        TypedQuery<ActivityEntity> jpql = em.createQuery("SELECT r FROM ActivityEntity r" + where + " ORDER BY " + column + direction + ", r.id"
                + direction, ActivityEntity.class);
        where.params.forEach(jpql::setParameter);
        return jpql.setMaxResults(limit).getResultList();
    }

    public long count(RecordScope scope, ActivityQuery query, Instant now) {
        Where where = new Where(scope, query, now);
        TypedQuery<Long> jpql = em.createQuery("SELECT COUNT(r) FROM ActivityEntity r" + where, Long.class);
        where.params.forEach(jpql::setParameter);
        return jpql.getSingleResult();
    }

    /** The rows due in {@code [from, to)}, and the open series due before {@code from} whose later occurrences may fall in it. */
    public List<ActivityEntity> calendar(RecordScope scope, Instant from, Instant to) {
        Where where = new Where(scope, ActivityQuery.ALL, null);
        String start = where.bind(from);
        String end = where.bind(to);
        String open = where.bind(ActivityStatus.OPEN.name());
        where.and("((r.dueAt >= " + start + " AND r.dueAt < " + end + ") OR (r.frequency IS NOT NULL AND r.status = " + open + " AND r.dueAt < "
                + start + "))");
        TypedQuery<ActivityEntity> jpql = em.createQuery("SELECT r FROM ActivityEntity r" + where + " ORDER BY r.dueAt, r.id", ActivityEntity.class);
        where.params.forEach(jpql::setParameter);
        return jpql.setMaxResults(CALENDAR_ROWS).getResultList();
    }

    /** The conditions of a list query with their named parameters. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();

        Where(RecordScope scope, ActivityQuery query, Instant now) {
            String visible = scope.condition("r.owner", "r.ownerUnitId", this::bind);
            if (visible != null) {
                and(visible);
            }
            String prefix = query.text() == null || query.text().isBlank() ? null : ActivityEntity.searchKey(query.text());
            if (prefix != null && !prefix.isEmpty()) {
                and("r.subjectKey LIKE " + bind(LikePatterns.prefix(prefix, '\\')) + " ESCAPE '\\'");
            }
            if (query.owner() != null) {
                and("r.owner = " + bind(query.owner()));
            }
            if (query.overdue()) {
                and("r.status = " + bind(ActivityStatus.OPEN.name()));
                and("r.dueAt < " + bind(now));
            } else if (query.status() != null) {
                and("r.status = " + bind(query.status().name()));
            }
            if (query.regardingType() != null) {
                and("r.regardingType = " + bind(query.regardingType()));
                and("r.regardingId = " + bind(query.regardingId()));
            }
            if (query.dueFrom() != null) {
                and("r.dueAt >= " + bind(query.dueFrom()));
            }
            if (query.dueBefore() != null) {
                and("r.dueAt < " + bind(query.dueBefore()));
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
