package org.peyvand.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.postgresql.PGConnection;

/**
 * Millions of rows in minutes: contacts and activities written as CSV files and bulk-loaded into
 * the tables the server's migrations created, while the server is stopped: Derby's import
 * procedure (into an empty table it writes the rows and then rebuilds each index in one sort) and
 * PostgreSQL's COPY. The CSV import of the REST API checks and indexes every row, which is right
 * for people's files and far too slow for ten million. Rows are spread over two years up to now
 * and over {@value #OWNERS} owners in the given units. Afterwards the id sequences are moved past
 * the rows, the statistics brought up to date (as a database in service has them), and the indexes
 * of the tables reports read are printed.
 */
final class BulkLoader {
    static final int OWNERS = 50;
    /** Reports read an activity's day in Tehran. */
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final long SPAN_SECONDS = ChronoUnit.DAYS.getDuration().getSeconds() * 730;
    private static final String CONTACT_COLUMNS = "id, first_name, last_name, sort_name, national_code, mobile, email, job_title, owner,"
            + " owner_unit_id, created_at, updated_at, version";
    private static final String RECORD_COLUMNS = "id, record_type, owner, owner_unit_id, created_at, updated_at, version";
    private static final String VALUE_COLUMNS = "record_type, record_id, field, seq, time_value";

    private final String url;
    private final boolean derby;
    private final long[] units;
    private final Path files;
    private final Instant now = Instant.now();

    private BulkLoader(String url, long[] units, Path files) {
        this.url = url;
        this.derby = url.startsWith("jdbc:derby:");
        this.units = units;
        this.files = files;
    }

    static void load(String url, int contacts, int activities, String unitIds) throws Exception {
        long[] units = Arrays.stream(unitIds.split(",")).mapToLong(Long::parseLong).toArray();
        Path files = Files.createTempDirectory("peyvand-bench-rows");
        BulkLoader loader = new BulkLoader(url, units, files);
        long started = System.nanoTime();
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            Future<?> people = both.submit(() -> loader.timed("contacts", contacts, loader::contacts));
            Future<?> done = both.submit(() -> loader.timed("activities", activities, loader::activities));
            people.get();
            done.get();
        } finally {
            both.shutdown();
            try (var written = Files.list(files)) {
                for (Path file : written.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(files);
        }
        try (Connection connection = DriverManager.getConnection(url)) {
            loader.afterLoad(connection, contacts, activities);
            System.out.printf("data: %,d contacts and %,d activities in %.1f s%n", contacts, activities, (System.nanoTime() - started) / 1e9);
            printIndexes(connection, "acc_contact", "frm_record", "frm_value");
        }
        if (loader.derby) {
            shutDownDerby(url);
        }
    }

    private interface Rows {
        void load(int count) throws Exception;
    }

    private Void timed(String what, int count, Rows rows) throws Exception {
        long started = System.nanoTime();
        rows.load(count);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("data: %,d %s written and bulk-loaded in %.1f s (%,.0f records/s)%n", count, what, seconds, count / seconds);
        return null;
    }

    private void contacts(int count) throws IOException, SQLException {
        Random random = new Random(17);
        Path file = files.resolve("acc_contact.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                String first = ContactGenerator.FIRST[random.nextInt(ContactGenerator.FIRST.length)];
                String last = ContactGenerator.LAST[random.nextInt(ContactGenerator.LAST.length)];
                int owner = random.nextInt(OWNERS);
                String created = Timestamp.from(pastInstant(random)).toString();
                row(out, i + 1, first, last, last + " " + first, ContactGenerator.nationalCode(i), String.format("0912%07d", i),
                        i % 3 == 0 ? "person" + i + "@example.ir" : null, i % 5 == 0 ? "کارشناس فروش" : null, owner(owner),
                        units[owner % units.length], created, created, 0);
            }
        }
        bulkLoad("acc_contact", CONTACT_COLUMNS, file);
    }

    /** An activity is a designed record with its date among the form kernel's values, kept at midnight UTC; it is logged on its day. */
    private void activities(int count) throws IOException, SQLException {
        Random random = new Random(23);
        Path records = files.resolve("frm_record.csv");
        Path values = files.resolve("frm_value.csv");
        try (Writer record = Files.newBufferedWriter(records, StandardCharsets.UTF_8);
                Writer value = Files.newBufferedWriter(values, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                int owner = random.nextInt(OWNERS);
                Instant created = pastInstant(random);
                String at = Timestamp.from(created).toString();
                LocalDate day = LocalDate.ofInstant(created, TEHRAN);
                row(record, i + 1, ReportBenchmark.ACTIVITY, owner(owner), units[owner % units.length], at, at, 0);
                row(value, ReportBenchmark.ACTIVITY, i + 1, ReportBenchmark.ACTIVITY_DATE, 0, Timestamp.valueOf(day.atStartOfDay()));
            }
        }
        bulkLoad("frm_record", RECORD_COLUMNS, records);
        bulkLoad("frm_value", VALUE_COLUMNS, values);
    }

    /** A CSV line; null is an empty field, which both databases read as NULL. No value here holds a comma or a quote. */
    private static void row(Writer out, Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            if (cells[i] != null) {
                out.write(cells[i].toString());
            }
        }
        out.write('\n');
    }

    private void bulkLoad(String table, String columns, Path file) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(url)) {
            if (derby) {
                try (PreparedStatement load = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_IMPORT_DATA('APP', ?, ?, NULL, ?, ',', '\"', 'UTF-8', 0)")) {
                    load.setString(1, table.toUpperCase());
                    load.setString(2, columns.replace(" ", "").toUpperCase());
                    load.setString(3, file.toAbsolutePath().toString());
                    load.execute();
                }
            } else {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)", in);
                }
            }
        }
    }

    private Instant pastInstant(Random random) {
        return now.minusSeconds((long) (random.nextDouble() * SPAN_SECONDS));
    }

    private static String owner(int owner) {
        return String.format("owner%02d", owner + 1);
    }

    /** Sequences past the rows, so records the server creates later get free ids; fresh statistics. */
    private void afterLoad(Connection connection, int contacts, int activities) throws SQLException {
        Map<String, Integer> sequences = new LinkedHashMap<>();
        sequences.put("acc_contact_seq", contacts);
        sequences.put("frm_record_seq", activities);
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, Integer> sequence : sequences.entrySet()) {
                if (derby) {
                    // Derby cannot restart a sequence: it is drawn until past the rows (each draw allocates 50 ids)
                    long drawn = 0;
                    while (drawn <= sequence.getValue() + 50L) {
                        try (ResultSet next = statement.executeQuery("VALUES NEXT VALUE FOR " + sequence.getKey())) {
                            next.next();
                            drawn = next.getLong(1);
                        }
                    }
                } else {
                    statement.execute("SELECT setval('" + sequence.getKey() + "', " + (sequence.getValue() + 50L) + ")");
                }
            }
            long started = System.nanoTime();
            for (String table : List.of("acc_contact", "frm_record", "frm_value")) {
                // PostgreSQL: VACUUM also marks the pages all-visible, as autovacuum would, so index-only scans serve
                statement.execute(derby ? "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table.toUpperCase() + "', NULL)"
                        : "VACUUM ANALYZE " + table);
            }
            System.out.printf("data: statistics updated in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
    }

    private static void printIndexes(Connection connection, String... tables) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String table : tables) {
            Map<String, List<String>> indexes = new LinkedHashMap<>();
            String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase() : table;
            try (ResultSet found = meta.getIndexInfo(null, null, name, false, true)) {
                while (found.next()) {
                    if (found.getString("INDEX_NAME") != null) {
                        indexes.computeIfAbsent(found.getString("INDEX_NAME").toLowerCase(), k -> new ArrayList<>())
                                .add(found.getString("COLUMN_NAME").toLowerCase());
                    }
                }
            }
            indexes.forEach((index, columns) -> System.out.printf("index: %s %s (%s)%n", table, index, String.join(", ", columns)));
        }
    }

    private static void shutDownDerby(String url) {
        try {
            DriverManager.getConnection(url.replaceFirst(";.*", "") + ";shutdown=true").close();
        } catch (SQLException closed) {
            // Derby answers a clean shutdown with an exception (SQLState 08006)
        }
    }
}
