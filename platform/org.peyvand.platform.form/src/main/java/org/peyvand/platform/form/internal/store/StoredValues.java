package org.peyvand.platform.form.internal.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.hibernate.Session;
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
    private static final int ROWS_PER_BATCH = 1000;

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
     * Drops the record's values of {@code fields}, before {@link #insert} writes their new ones;
     * values of other fields, such as removed ones, stay.
     */
    public void clear(String type, long id, Collection<String> fields) {
        if (fields.isEmpty()) {
            return;
        }
        List<String> names = List.copyOf(fields);
        Query delete = em.createNativeQuery("DELETE FROM frm_value WHERE record_type = ?1 AND record_id = ?2 AND field IN ("
                + placeholders(3, names.size()) + ")").setParameter(1, type).setParameter(2, id);
        for (int i = 0; i < names.size(); i++) {
            delete.setParameter(i + 3, names.get(i));
        }
        delete.executeUpdate();
    }

    /** Replaces one field's values of one record (a type change converting them). */
    public void rewrite(String type, long id, String field, Object value) {
        clear(type, id, List.of(field));
        insert(type, Collections.singletonMap(id, Collections.singletonMap(field, value)));
    }

    /**
     * Writes the values of records, by record id and field (empty ones are not stored), as one JDBC
     * batch of a single prepared statement: an import's thousands of rows cost one statement
     * compilation and a round trip per {@link #ROWS_PER_BATCH} rows. Plain JDBC binds a null with
     * its column's type, which Derby needs and native JPA queries do not give.
     */
    public void insert(String type, Map<Long, Map<String, Object>> valuesByRecord) {
        if (valuesByRecord.values().stream().allMatch(Map::isEmpty)) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO frm_value (record_type, record_id, field, seq,"
                    + " text_value, key_text, number_value, time_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (Map.Entry<Long, Map<String, Object>> record : valuesByRecord.entrySet()) {
                    for (Map.Entry<String, Object> field : record.getValue().entrySet()) {
                        List<?> items = field.getValue() instanceof List<?> list ? list
                                : field.getValue() == null ? List.of() : List.of(field.getValue());
                        for (int seq = 0; seq < items.size(); seq++) {
                            bindRow(insert, type, record.getKey(), field.getKey(), seq, items.get(seq));
                            insert.addBatch();
                            if (++pending == ROWS_PER_BATCH) {
                                insert.executeBatch();
                                pending = 0;
                            }
                        }
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
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

    private static void bindRow(PreparedStatement insert, String type, long id, String field, int seq, Object value)
            throws SQLException {
        insert.setString(1, type);
        insert.setLong(2, id);
        insert.setString(3, field);
        insert.setInt(4, seq);
        Column column = Column.of(value);
        if (column == Column.TEXT) {
            insert.setString(5, (String) value);
            insert.setString(6, key((String) value));
        } else {
            insert.setNull(5, Types.VARCHAR);
            insert.setNull(6, Types.VARCHAR);
        }
        if (column == Column.NUMBER) {
            insert.setBigDecimal(7, (BigDecimal) column.bound(value));
        } else {
            insert.setNull(7, Types.DECIMAL);
        }
        if (column == Column.TIME) {
            insert.setTimestamp(8, (Timestamp) column.bound(value));
        } else {
            insert.setNull(8, Types.TIMESTAMP);
        }
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
                        : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
                case TIME -> value instanceof LocalDate day ? Timestamp.valueOf(day.atStartOfDay())
                        : Timestamp.valueOf(LocalDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
            };
        }
    }
}
