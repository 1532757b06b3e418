package org.peyvand.platform.form.internal.records;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.page.KeysetCursor;
import org.peyvand.platform.core.text.LikePatterns;
import org.peyvand.platform.core.text.SearchWords;
import org.peyvand.platform.form.CustomSort;
import org.peyvand.platform.security.RecordScope;

/**
 * A list of designed records in creation order, narrowed to the caller's scope, search words
 * (prefixes of the records' tokens) and field filters; read from the (type, created, id) index.
 */
final class RecordList {
    private static final char ESCAPE = '!';

    /** A condition on the records' values, as SQL over their id column. */
    @FunctionalInterface
    interface Condition {
        String sql(String idColumn, Function<Object, String> bind);
    }

    /** A page starts after this record. */
    record Position(Instant createdAt, long id) {
        static Position of(KeysetCursor cursor) {
            try {
                return new Position(Instant.parse(cursor.sortValue()), cursor.id());
            } catch (DateTimeParseException e) {
                throw ValidationException.of("cursor", "core.error.cursor");
            }
        }
    }

    /** One listed record. */
    record Row(long id, Instant createdAt) {
    }

    private final String type;
    private final RecordScope scope;
    private final List<String> words;
    private final List<Condition> conditions;

    RecordList(String type, RecordScope scope, String q, List<Condition> conditions) {
        this.type = type;
        this.scope = scope;
        this.words = SearchWords.ofQuery(q);
        this.conditions = List.copyOf(conditions);
    }

    List<Row> page(EntityManager em, boolean descending, Optional<Position> after, int maxRows) {
        Parameters sql = new Parameters();
        List<String> where = where(sql);
        after.ifPresent(position -> {
            String at = sql.bind(Timestamp.from(position.createdAt()));
            String id = sql.bind(position.id());
            String strict = descending ? " < " : " > ";
            where.add("r.created_at" + (descending ? " <= " : " >= ") + at + " AND (r.created_at" + strict + at + " OR r.id" + strict + id + ")");
        });
        String direction = descending ? " DESC" : " ASC";
        Query query = em.createNativeQuery("SELECT r.id, r.created_at FROM frm_record r WHERE " + String.join(" AND ", where)
                + " ORDER BY r.created_at" + direction + ", r.id" + direction);
        List<?> rows = sql.applyTo(query).setMaxResults(maxRows).getResultList();
        List<Row> page = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            page.add(new Row(((Number) columns[0]).longValue(), RecordServiceImpl.instant(columns[1])));
        }
        return page;
    }

    /** A page ordered by a field starts after this record; {@code sortValue} is {@code null} among the records without a value. */
    record ValuePosition(String sortValue, long id) {
    }

    /** One record of a list ordered by a field: its value as cursor text ({@code null} for none). */
    record ValueRow(String sortValue, long id) {
    }

    /**
     * A page ordered by a field: the records holding a value, read from the values' index in order
     * and each checked against the list's conditions, then those without one in id order.
     */
    List<ValueRow> pageByValue(EntityManager em, CustomSort sort, boolean descending, Optional<ValuePosition> after, int maxRows) {
        List<ValueRow> rows = new ArrayList<>();
        boolean amongValues = after.isEmpty() || after.get().sortValue() != null;
        if (amongValues) {
            Parameters sql = new Parameters();
            List<String> where = new ArrayList<>(sort.where("v", sql::bind));
            where.add("EXISTS (SELECT 1 FROM frm_record r --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\nWHERE r.id = " + sort.recordId("v")
                    + " AND " + String.join(" AND ", where(sql)) + ")");
            after.ifPresent(position -> {
                String value = sql.bind(sort.fromCursor(position.sortValue()));
                String id = sql.bind(position.id());
                String strict = descending ? " < " : " > ";
                where.add(sort.value("v") + (descending ? " <= " : " >= ") + value + " AND (" + sort.value("v") + strict + value + " OR "
                        + sort.recordId("v") + strict + id + ")");
            });
            String direction = descending ? " DESC" : " ASC";
            Query query = em.createNativeQuery("SELECT " + sort.value("v") + ", " + sort.recordId("v") + " FROM " + sort.from("v")
                    + " WHERE " + String.join(" AND ", where) + " ORDER BY " + sort.value("v") + direction + ", " + sort.recordId("v") + direction);
            for (Object row : sql.applyTo(query).setMaxResults(maxRows).getResultList()) {
                Object[] columns = (Object[]) row;
                Object value = columns[0] instanceof Timestamp time ? time.toInstant() : columns[0];
                rows.add(new ValueRow(sort.cursorValue(value), ((Number) columns[1]).longValue()));
            }
        }
        if (rows.size() < maxRows) {
            Parameters sql = new Parameters();
            List<String> where = where(sql);
            where.add(sort.absent("r.id", sql::bind));
            if (!amongValues) {
                where.add("r.id > " + sql.bind(after.get().id()));
            }
            Query query = em.createNativeQuery("SELECT r.id AS no_value, r.id FROM frm_record r WHERE " + String.join(" AND ", where)
                    + " ORDER BY r.id");
            for (Object row : sql.applyTo(query).setMaxResults(maxRows - rows.size()).getResultList()) {
                rows.add(new ValueRow(null, ((Number) ((Object[]) row)[1]).longValue()));
            }
        }
        return rows;
    }

    long count(EntityManager em) {
        Parameters sql = new Parameters();
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM frm_record r WHERE " + String.join(" AND ", where(sql)));
        return ((Number) sql.applyTo(query).getSingleResult()).longValue();
    }

    private List<String> where(Parameters sql) {
        List<String> where = new ArrayList<>();
        where.add("r.record_type = " + sql.bind(type));
        Optional.ofNullable(scope.condition("r.owner", "r.owner_unit_id", sql::bind)).ifPresent(where::add);
        for (String word : words) {
            String alias = "w" + sql.size();
            where.add("EXISTS (SELECT 1 FROM frm_record_token " + alias + " WHERE " + alias + ".record_id = r.id AND " + alias
                    + ".token LIKE " + sql.bind(LikePatterns.prefix(word, ESCAPE)) + " ESCAPE '" + ESCAPE + "')");
        }
        conditions.forEach(condition -> where.add(condition.sql("r.id", sql::bind)));
        return where;
    }

    /** Named parameters in the order they are bound. */
    private static final class Parameters {
        private final Map<String, Object> values = new LinkedHashMap<>();

        String bind(Object value) {
            String name = "p" + values.size();
            values.put(name, value);
            return ":" + name;
        }

        int size() {
            return values.size();
        }

        Query applyTo(Query query) {
            values.forEach(query::setParameter);
            return query;
        }
    }
}
