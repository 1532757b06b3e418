package org.peyvand.platform.form.internal.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.hibernate.Session;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.RecordDayCounts;
import org.peyvand.platform.persistence.Dialect;

/**
 * The changes records make to {@value RecordDayCounts#TABLE}: one more or one fewer record per
 * type, counted field (the day created, or a date field's day), day in Tehran, owner and unit.
 * Gathered while a transaction writes records and written with them, in key order so that two
 * transactions never wait for each other's rows crosswise.
 */
public final class DayCounts {
    private static final String KEY = "record_type = ? AND field = ? AND day = ? AND owner = ? AND owner_unit_id = ?";
    private static final String UNIQUE_VIOLATION = "23505";

    private record Key(String type, String field, LocalDate day, String owner, long unit) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::type).thenComparing(Key::field).thenComparing(Key::day)
            .thenComparing(Key::owner).thenComparingLong(Key::unit);

    private final Map<Key, Long> deltas = new TreeMap<>(ORDER);

    /** A record created ({@code sign} 1) or deleted (-1), with its values. */
    public DayCounts count(RecordEntity record, Map<String, ?> values, int sign) {
        add(record, RecordDayCounts.CREATED, LocalDate.ofInstant(record.createdAt(), Dialect.TEHRAN), sign);
        values.forEach((field, value) -> add(record, field, day(value), sign));
        return this;
    }

    /** A record's values changed: each date that changed moves the record from its old day to its new. */
    public DayCounts change(RecordEntity record, Map<String, ?> before, Map<String, ?> after) {
        Set<String> fields = new HashSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            LocalDate was = day(before.get(field));
            LocalDate is = day(after.get(field));
            if (!Objects.equals(was, is)) {
                add(record, field, was, -1);
                add(record, field, is, 1);
            }
        }
        return this;
    }

    private void add(RecordEntity record, String field, LocalDate day, int sign) {
        if (day != null) {
            deltas.merge(new Key(record.type(), field, day, record.owner(), record.ownerUnitId()), (long) sign, Long::sum);
        }
    }

    /** The day a value counts on: a date's own, a moment's in Tehran; none for other values. */
    private static LocalDate day(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        return value instanceof Instant instant ? LocalDate.ofInstant(instant, Dialect.TEHRAN) : null;
    }

    /** Writes the changes gathered in the transaction of {@code em}; rows left without records are removed. */
    public void write(EntityManager em) {
        deltas.values().removeIf(delta -> delta == 0);
        if (deltas.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            if (dialect(connection) == Dialect.POSTGRESQL) {
                upsert(connection);
            } else {
                updateOrInsert(connection);
            }
            removeEmpty(connection);
        });
        deltas.clear();
    }

    private void upsert(Connection connection) throws SQLException {
        try (PreparedStatement add = connection.prepareStatement("INSERT INTO " + RecordDayCounts.TABLE
                + " (record_type, field, day, owner, owner_unit_id, records) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (record_type, field, day, owner, owner_unit_id) DO UPDATE SET records = "
                + RecordDayCounts.TABLE + ".records + EXCLUDED.records")) {
            for (Map.Entry<Key, Long> delta : deltas.entrySet()) {
                bind(add, 1, delta.getKey());
                add.setLong(6, delta.getValue());
                add.addBatch();
            }
            add.executeBatch();
        }
    }

    /**
     * Derby has no atomic upsert: a row another transaction inserted first fails this insert alone
     * (Derby undoes the statement, not the transaction), and is then updated.
     */
    private void updateOrInsert(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + RecordDayCounts.TABLE + " SET records = records + ? WHERE " + KEY);
                PreparedStatement insert = connection.prepareStatement("INSERT INTO " + RecordDayCounts.TABLE
                        + " (record_type, field, day, owner, owner_unit_id, records) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Key, Long> delta : deltas.entrySet()) {
                update.setLong(1, delta.getValue());
                bind(update, 2, delta.getKey());
                if (update.executeUpdate() > 0) {
                    continue;
                }
                bind(insert, 1, delta.getKey());
                insert.setLong(6, delta.getValue());
                try {
                    insert.executeUpdate();
                } catch (SQLException taken) {
                    if (!UNIQUE_VIOLATION.equals(taken.getSQLState())) {
                        throw taken;
                    }
                    update.executeUpdate();
                }
            }
        }
    }

    private void removeEmpty(Connection connection) throws SQLException {
        List<Key> fewer = deltas.entrySet().stream().filter(d -> d.getValue() < 0).map(Map.Entry::getKey).toList();
        if (fewer.isEmpty()) {
            return;
        }
        try (PreparedStatement remove = connection.prepareStatement("DELETE FROM " + RecordDayCounts.TABLE + " WHERE records <= 0 AND " + KEY)) {
            for (Key key : fewer) {
                bind(remove, 1, key);
                remove.addBatch();
            }
            remove.executeBatch();
        }
    }

    private static void bind(PreparedStatement statement, int first, Key key) throws SQLException {
        statement.setString(first, key.type());
        statement.setString(first + 1, key.field());
        statement.setDate(first + 2, Date.valueOf(key.day()));
        statement.setString(first + 3, key.owner());
        statement.setLong(first + 4, key.unit());
    }

    /**
     * Counts every record again, for the types given (with their date fields): after the table is
     * first made, or after records were loaded around the services.
     */
    public static void recount(EntityManager em, List<FormDefinition> types) {
        em.unwrap(Session.class).doWork(connection -> {
            Dialect dialect = dialect(connection);
            String insert = "INSERT INTO " + RecordDayCounts.TABLE + " (record_type, field, day, owner, owner_unit_id, records) ";
            try (Statement all = connection.createStatement()) {
                all.executeUpdate("DELETE FROM " + RecordDayCounts.TABLE);
                // Hibernate writes an Instant as the server's wall time
                String created = dialect.dayInTehran("created_at", ZoneId.systemDefault());
                all.executeUpdate(insert + "SELECT record_type, '" + RecordDayCounts.CREATED + "', " + created + ", owner, owner_unit_id, COUNT(*)"
                        + " FROM frm_record GROUP BY record_type, " + created + ", owner, owner_unit_id");
            }
            for (FormDefinition type : types) {
                for (FieldDefinition field : type.activeFields()) {
                    if (field.type() != FieldType.DATE && field.type() != FieldType.DATE_TIME) {
                        continue;
                    }
                    // values keep a date at its midnight and a moment as UTC's wall time (StoredValues)
                    String day = field.type() == FieldType.DATE ? dialect.day("v.time_value") : dialect.dayInTehran("v.time_value", ZoneOffset.UTC);
                    try (PreparedStatement dated = connection.prepareStatement(insert + "SELECT v.record_type, v.field, " + day
                            + ", r.owner, r.owner_unit_id, COUNT(*) FROM frm_value v JOIN frm_record r ON r.id = v.record_id"
                            + " AND r.record_type = v.record_type WHERE v.record_type = ? AND v.field = ? AND v.seq = 0"
                            + " AND v.time_value IS NOT NULL GROUP BY v.record_type, v.field, " + day + ", r.owner, r.owner_unit_id")) {
                        dated.setString(1, type.key());
                        dated.setString(2, field.name());
                        dated.executeUpdate();
                    }
                }
            }
        });
    }

    private static Dialect dialect(Connection connection) throws SQLException {
        return Dialect.of(connection.getMetaData().getDatabaseProductName());
    }
}
