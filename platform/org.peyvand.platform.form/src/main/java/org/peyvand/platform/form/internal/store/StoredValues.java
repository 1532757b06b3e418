package org.peyvand.platform.form.internal.store;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.peyvand.platform.core.text.PersianText;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;

/**
 * The custom values of records in {@code frm_value}, read and written with SQL: one row per value,
 * in the column its type is stored in. Dates are kept as midnight and date-times as UTC wall-clock
 * time, so that neither depends on the server's time zone.
 */
public final class StoredValues {
    private static final int KEY_LENGTH = 200;
    private static final int IDS_PER_QUERY = 500;

    private final EntityManager em;

    public StoredValues(EntityManager em) {
        this.em = em;
    }

    /** The values of the records by id, for the fields given (others are skipped); records without values are absent. */
    public Map<Long, Map<String, Object>> read(String type, Collection<Long> ids, Map<String, FieldDefinition> fields) {
        Map<Long, Map<String, Object>> values = new HashMap<>();
        Map<Long, Map<String, TreeMap<Integer, String>>> choices = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = bindAll(type, all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY))).getResultList();
            for (Object[] row : rows) {
                FieldDefinition field = fields.get((String) row[1]);
                if (field == null) {
                    continue;
                }
                long id = ((Number) row[0]).longValue();
                Object value = fromColumns(field, (String) row[3], (BigDecimal) row[4], (Timestamp) row[5]);
                if (field.type() == FieldType.MULTI_SELECT) {
                    choices.computeIfAbsent(id, r -> new HashMap<>()).computeIfAbsent(field.name(), f -> new TreeMap<>())
                            .put(((Number) row[2]).intValue(), (String) value);
                } else {
                    values.computeIfAbsent(id, r -> new LinkedHashMap<>()).put(field.name(), value);
                }
            }
        }
        choices.forEach((id, byField) -> byField.forEach((field, bySeq) ->
                values.computeIfAbsent(id, r -> new LinkedHashMap<>()).put(field, List.copyOf(bySeq.values()))));
        return values;
    }

    /**
     * Replaces the record's values of the fields named in {@code values} (empty ones are not
     * stored); values of other fields, such as removed ones, stay. One statement writes all rows.
     *
     * @param stored whether the record may hold values of these fields already
     */
    public void write(String type, long id, Map<String, Object> values, boolean stored) {
        if (stored && !values.isEmpty()) {
            List<String> fields = List.copyOf(values.keySet());
            Query delete = em.createNativeQuery("DELETE FROM frm_value WHERE record_type = ?1 AND record_id = ?2 AND field IN ("
                    + placeholders(3, fields.size()) + ")").setParameter(1, type).setParameter(2, id);
            for (int i = 0; i < fields.size(); i++) {
                delete.setParameter(i + 3, fields.get(i));
            }
            delete.executeUpdate();
        }
        List<Object[]> rows = new ArrayList<>();
        values.forEach((field, value) -> {
            List<?> items = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
            for (int seq = 0; seq < items.size(); seq++) {
                rows.add(new Object[] {field, seq, items.get(seq)});
            }
        });
        insert(type, id, rows);
    }

    /** Replaces one field's values of one record (a type change converting them). */
    public void rewrite(String type, long id, String field, Object value) {
        em.createNativeQuery("DELETE FROM frm_value WHERE record_type = ?1 AND record_id = ?2 AND field = ?3")
                .setParameter(1, type).setParameter(2, id).setParameter(3, field).executeUpdate();
        List<?> items = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        List<Object[]> rows = new ArrayList<>();
        for (int seq = 0; seq < items.size(); seq++) {
            rows.add(new Object[] {field, seq, items.get(seq)});
        }
        insert(type, id, rows);
    }

    public void remove(String type, long id) {
        em.createNativeQuery("DELETE FROM frm_value WHERE record_type = ?1 AND record_id = ?2")
                .setParameter(1, type).setParameter(2, id).executeUpdate();
    }

    /** Another record of the type holding {@code value} in {@code field}, if any. */
    public Optional<Long> holder(String type, String field, Object value, Long except) {
        Column column = Column.of(value);
        Query query = em.createNativeQuery("SELECT record_id FROM frm_value WHERE record_type = ?1 AND field = ?2 AND "
                + column.name + " = ?3" + (except == null ? "" : " AND record_id <> ?4"))
                .setParameter(1, type).setParameter(2, field).setParameter(3, column.bound(value)).setMaxResults(1);
        if (except != null) {
            query.setParameter(4, except);
        }
        return query.getResultList().stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /**
     * Every stored value of one field as its text (numbers in plain notation, dates as ISO), by
     * record; for checking whether they convert to another type.
     */
    public Map<Long, List<String>> asText(String type, String field) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT record_id, text_value, number_value, time_value FROM frm_value"
                + " WHERE record_type = ?1 AND field = ?2 ORDER BY record_id, seq")
                .setParameter(1, type).setParameter(2, field).getResultList();
        Map<Long, List<String>> values = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String text = row[1] != null ? (String) row[1]
                    : row[2] != null ? plain((BigDecimal) row[2]).toPlainString()
                    : ((Timestamp) row[3]).toLocalDateTime().toString();
            values.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add(text);
        }
        return values;
    }

    /** The normal form short texts are matched by. */
    public static String key(String text) {
        String normal = PersianText.normalize(text);
        return normal.length() > KEY_LENGTH ? normal.substring(0, KEY_LENGTH) : normal;
    }

    /** The value in the form its column holds, for a query's parameter. */
    public static Object bound(Object value) {
        return Column.of(value).bound(value);
    }

    /** The column a value of this kind is compared in. */
    public static String column(Object value) {
        return Column.of(value).name;
    }

    /** The index that leads with (type, field) and that column. */
    public static String index(Object value) {
        return switch (Column.of(value)) {
            case TEXT -> "FRM_VALUE_TEXT_IX";
            case NUMBER -> "FRM_VALUE_NUMBER_IX";
            case TIME -> "FRM_VALUE_TIME_IX";
        };
    }

    /**
     * The rows of the records, unordered: ordering by record would make Derby walk the primary key
     * over every record of the type rather than probe the (record id, type) index once per id.
     */
    private Query bindAll(String type, List<Long> ids) {
        Query query = em.createNativeQuery("SELECT record_id, field, seq, text_value, number_value, time_value FROM frm_value"
                + " --DERBY-PROPERTIES index=FRM_VALUE_RECORD_IX\n WHERE record_type = ?1 AND record_id IN ("
                + placeholders(2, ids.size()) + ")");
        query.setParameter(1, type);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 2, ids.get(i));
        }
        return query;
    }

    /**
     * Inserts (field, seq, value) rows of one record in one statement. A value fills only its own
     * columns; the others are NULL literals, typed by the table, since a null parameter has no
     * SQL type Derby accepts for every column.
     */
    private void insert(String type, long id, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO frm_value (record_type, record_id, field, seq, text_value, key_text, number_value,"
                + " time_value) VALUES ");
        List<Object> parameters = new ArrayList<>();
        for (Object[] row : rows) {
            Object value = row[2];
            String text = value instanceof String s ? s : null;
            Column column = Column.of(value);
            sql.append(parameters.isEmpty() ? "" : ", ").append("(?, ?, ?, ?");
            parameters.addAll(List.of(type, id, row[0], row[1]));
            if (text != null) {
                sql.append(", ?, ?, NULL, NULL)");
                parameters.add(text);
                parameters.add(key(text));
            } else if (column == Column.NUMBER) {
                sql.append(", NULL, NULL, ?, NULL)");
                parameters.add(column.bound(value));
            } else {
                sql.append(", NULL, NULL, NULL, ?)");
                parameters.add(column.bound(value));
            }
        }
        Query insert = em.createNativeQuery(numbered(sql.toString()));
        for (int i = 0; i < parameters.size(); i++) {
            insert.setParameter(i + 1, parameters.get(i));
        }
        insert.executeUpdate();
    }

    /** JPA wants positional parameters numbered: ?1, ?2, ... */
    private static String numbered(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 64);
        int n = 0;
        for (char c : sql.toCharArray()) {
            out.append(c);
            if (c == '?') {
                out.append(++n);
            }
        }
        return out.toString();
    }

    private static Object fromColumns(FieldDefinition field, String text, BigDecimal number, Timestamp time) {
        return switch (field.type()) {
            case INTEGER, MONEY, LOOKUP, ORG_UNIT, FILE, IMAGE -> number == null ? null : number.longValue();
            case DECIMAL, PERCENT -> number == null ? null : plain(number);
            case BOOLEAN -> number == null ? null : number.signum() != 0;
            case DATE -> time == null ? null : time.toLocalDateTime().toLocalDate();
            case DATE_TIME -> time == null ? null : time.toLocalDateTime().toInstant(ZoneOffset.UTC);
            case COMPUTED -> number != null ? plain(number) : text;
            default -> text;
        };
    }

    /** 12.500000 as stored reads 12.5; 100 stays 100, not 1E+2. */
    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String placeholders(int first, int count) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ").append('?').append(first + i);
        }
        return sql.toString();
    }

    private enum Column {
        TEXT("key_text"), NUMBER("number_value"), TIME("time_value");

        private final String name;

        Column(String name) {
            this.name = name;
        }

        static Column of(Object value) {
            if (value instanceof LocalDate || value instanceof Instant) {
                return TIME;
            }
            return value instanceof String ? TEXT : NUMBER;
        }

        Object bound(Object value) {
            return switch (this) {
                case TEXT -> key((String) value);
                case NUMBER -> value instanceof Boolean b ? (b ? BigDecimal.ONE : BigDecimal.ZERO)
                        : value instanceof Long l ? BigDecimal.valueOf(l) : value;
                case TIME -> value instanceof LocalDate day ? Timestamp.valueOf(day.atStartOfDay())
                        : Timestamp.valueOf(LocalDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
            };
        }
    }
}
