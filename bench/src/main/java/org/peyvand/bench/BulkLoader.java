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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.peyvand.platform.core.text.PersianText;
import org.peyvand.platform.core.text.SearchWords;
import org.postgresql.PGConnection;

/**
 * Millions of rows in minutes: organisations, contacts (with their search tokens), activities and
 * relationship links written as CSV files and bulk-loaded into the tables the server's migrations
 * created, while the server is stopped: Derby's import procedure (into an empty table it writes the
 * rows and then rebuilds each index in one sort) and PostgreSQL's COPY. The CSV import of the REST
 * API checks and indexes every row, which is right for people's files and far too slow for ten
 * million. Rows are spread over two years up to now and over {@value #OWNERS} owners in the given
 * units. Afterwards the id sequences are moved past the rows, the statistics brought up to date (as
 * a database in service has them), and the indexes of the tables loaded are printed.
 *
 * <p>Organisations are not alike: a few large ones employ many of the people and are what most
 * activities are about, as a CRM's main customers are (see {@link #skewed}).
 */
final class BulkLoader {
    static final int OWNERS = 50;
    /** Reports read an activity's day in Tehran. */
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final long SPAN_SECONDS = ChronoUnit.DAYS.getDuration().getSeconds() * 730;
    private static final String CONTACT_COLUMNS = "id, first_name, last_name, sort_name, national_code, mobile, email, job_title, account_id, owner,"
            + " owner_unit_id, created_at, updated_at, version";
    private static final String RECORD_COLUMNS = "id, record_type, owner, owner_unit_id, created_at, updated_at, version";
    private static final String VALUE_COLUMNS = "record_type, record_id, field, seq, time_value";
    private static final String ACCOUNT_COLUMNS = "id, name, sort_name, national_id, industry, owner, owner_unit_id, created_at, updated_at, version";
    private static final String ACCOUNT_TOKEN_COLUMNS = "account_id, token, sort_name, created_at";
    private static final String CONTACT_TOKEN_COLUMNS = "contact_id, token, sort_name, created_at";
    private static final String ACTIVITY_COLUMNS = "id, kind, subject, subject_key, regarding_type, regarding_id, due_at, duration_minutes, status,"
            + " owner, owner_unit_id, created_at, updated_at, version";
    private static final String LINK_COLUMNS = "id, type_id, from_kind, from_id, to_kind, to_id, owner, owner_unit_id, created_at, updated_at, version";
    /** Of the people, this share works for one of the organisations (and has an employee-of link to it). */
    private static final double EMPLOYED = 0.7;
    /** Of the module's activities, this share is about an organisation; the rest about a person. */
    private static final double ABOUT_ACCOUNTS = 0.3;
    /** The seeded relationship types (relations' changelog): employee-of links people, the others organisations. */
    private static final long EMPLOYEE_OF = 8;
    private static final long SUBSIDIARY_OF = 9;
    private static final long[] BETWEEN_ACCOUNTS = {1, 2, 3, 4, 5, 6, 7};
    private static final String[] SUBJECTS = {"پیگیری پیش‌فاکتور", "جلسه معرفی محصول", "تماس برای تمدید قرارداد", "ارسال کاتالوگ",
        "بازدید از کارخانه", "نامه درخواست همکاری", "پیگیری پرداخت", "هماهنگی نصب و راه‌اندازی", "دعوت به نمایشگاه", "مذاکره قیمت",
        "آموزش کاربران", "پیگیری شکایت مشتری"};
    private static final String[] KINDS = {"CALL", "MEETING", "TASK", "EMAIL", "LETTER"};
    private static final String[] COMPANY = {"پارس", "آریا", "البرز", "سپهر", "کاوش", "نوین", "پویا", "ایران", "صبا", "مهر", "زاگرس",
        "کوثر", "پیشرو", "آتیه", "دنا", "تابان"};
    private static final String[] TRADE = {"صنایع", "بازرگانی", "فولاد", "داروسازی", "نرم‌افزار", "حمل و نقل", "ساختمانی", "غذایی",
        "پتروشیمی", "بیمه"};

    private final String url;
    private final boolean derby;
    private final long[] units;
    private final Path files;
    private final Instant now = Instant.now();
    private final Volumes volumes;

    /**
     * How many rows of each kind; zero loads none.
     *
     * @param designedActivities activities as a designed record type with a date, as reports count them
     * @param moduleActivities   activities of the activities module, about organisations and people
     */
    record Volumes(int accounts, int contacts, int designedActivities, int moduleActivities) {
    }

    private BulkLoader(String url, long[] units, Path files, Volumes volumes) {
        this.url = url;
        this.derby = url.startsWith("jdbc:derby:");
        this.units = units;
        this.files = files;
        this.volumes = volumes;
    }

    /** Organisations and their links are loaded with the people, who work for them; activities alongside. */
    static void load(String url, Volumes volumes, String unitIds) throws Exception {
        long[] units = Arrays.stream(unitIds.split(",")).mapToLong(Long::parseLong).toArray();
        Path files = Files.createTempDirectory("peyvand-bench-rows");
        BulkLoader loader = new BulkLoader(url, units, files, volumes);
        long started = System.nanoTime();
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            Future<?> people = both.submit(() -> {
                loader.timed("organisations", volumes.accounts(), loader::accounts);
                loader.timed("contacts", volumes.contacts(), loader::contacts);
                return loader.timed("relationship links", volumes.accounts(), count -> loader.links());
            });
            Future<?> done = both.submit(() -> {
                loader.timed("designed-record activities", volumes.designedActivities(), loader::activities);
                return loader.timed("module activities", volumes.moduleActivities(), loader::moduleActivities);
            });
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
            List<String> tables = loader.afterLoad(connection);
            System.out.printf("data: %,d organisations, %,d contacts, %,d designed-record and %,d module activities in %.1f s%n", volumes.accounts(),
                    volumes.contacts(), volumes.designedActivities(), volumes.moduleActivities(), (System.nanoTime() - started) / 1e9);
            printIndexes(connection, tables);
        }
        if (loader.derby) {
            shutDownDerby(url);
        }
    }

    /** Writes and loads the rows, answering how many. */
    private interface Rows {
        long load(int count) throws Exception;
    }

    /** Loads the rows unless there are none to load. */
    private Void timed(String what, int count, Rows rows) throws Exception {
        if (count == 0) {
            return null;
        }
        long started = System.nanoTime();
        long loaded = rows.load(count);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("data: %,d %s written and bulk-loaded in %.1f s (%,.0f records/s)%n", loaded, what, seconds, loaded / seconds);
        return null;
    }

    /** Organisations with their search tokens; number 1 is the largest (see {@link #skewed}). */
    private long accounts(int count) throws IOException, SQLException {
        Random random = new Random(11);
        Path file = files.resolve("acc_account.csv");
        Path tokens = files.resolve("acc_account_token.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                Writer token = Files.newBufferedWriter(tokens, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                String trade = TRADE[random.nextInt(TRADE.length)];
                String name = trade + " " + COMPANY[random.nextInt(COMPANY.length)] + " " + COMPANY[random.nextInt(COMPANY.length)] + " " + (i + 1);
                String nationalId = String.format("1%010d", i);
                int owner = random.nextInt(OWNERS);
                String created = Timestamp.from(pastInstant(random)).toString();
                row(out, i + 1, name, name, nationalId, trade, owner(owner), units[owner % units.length], created, created, 0);
                for (String word : SearchWords.tokens(Arrays.asList(name, nationalId))) {
                    row(token, i + 1, word, name, created);
                }
            }
        }
        bulkLoad("acc_account", ACCOUNT_COLUMNS, file);
        bulkLoad("acc_account_token", ACCOUNT_TOKEN_COLUMNS, tokens);
        return count;
    }

    /**
     * People with their search tokens (as the accounts module's SearchTokens makes them: names, codes,
     * the mobile as typed three ways, e-mail, job title); most work for an organisation.
     */
    private long contacts(int count) throws IOException, SQLException {
        Random random = new Random(17);
        Path file = files.resolve("acc_contact.csv");
        Path tokens = files.resolve("acc_contact_token.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                Writer token = Files.newBufferedWriter(tokens, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                String first = ContactGenerator.FIRST[random.nextInt(ContactGenerator.FIRST.length)];
                String last = ContactGenerator.LAST[random.nextInt(ContactGenerator.LAST.length)];
                String sortName = last + " " + first;
                int owner = random.nextInt(OWNERS);
                String created = Timestamp.from(pastInstant(random)).toString();
                String nationalCode = ContactGenerator.nationalCode(i);
                String mobile = String.format("912%07d", i);
                String email = i % 3 == 0 ? "person" + i + "@example.ir" : null;
                String jobTitle = i % 5 == 0 ? "کارشناس فروش" : null;
                Long account = employer(i);
                row(out, i + 1, first, last, sortName, nationalCode, "+98" + mobile, email, jobTitle, account, owner(owner),
                        units[owner % units.length], created, created, 0);
                Set<String> words = SearchWords.tokens(Arrays.asList(first, last, nationalCode, "98" + mobile, "0" + mobile, mobile, email, jobTitle));
                for (String word : words) {
                    row(token, i + 1, word, sortName, created);
                }
            }
        }
        bulkLoad("acc_contact", CONTACT_COLUMNS, file);
        bulkLoad("acc_contact_token", CONTACT_TOKEN_COLUMNS, tokens);
        return count;
    }

    /** The organisation person {@code index} works for, the large ones employing most; null for the self-employed. */
    private Long employer(int index) {
        if (volumes.accounts() == 0) {
            return null;
        }
        Random random = new Random(index * 31L + 7);
        return random.nextDouble() < EMPLOYED ? skewed(random, volumes.accounts(), 2) : null;
    }

    /**
     * An id from 1 to {@code count}, low ids far more often: with {@code power} 3 the largest of
     * 100,000 organisations gets about 2% of the picks and the median one a few.
     */
    private static long skewed(Random random, int count, int power) {
        return 1 + Math.min(count - 1, (long) (count * Math.pow(random.nextDouble(), power)));
    }

    /**
     * Activities of the activities module, due over the two years up to now and the two months after:
     * those past mostly done, those ahead open. About an organisation (the large ones most) or a person.
     */
    private long moduleActivities(int count) throws IOException, SQLException {
        Random random = new Random(29);
        Path file = files.resolve("act_activity.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                boolean aboutAccount = volumes.accounts() > 0 && random.nextDouble() < ABOUT_ACCOUNTS;
                long about = aboutAccount ? skewed(random, volumes.accounts(), 3) : 1 + random.nextInt(Math.max(1, volumes.contacts()));
                Instant due = now.minusSeconds((long) ((random.nextDouble() * 1.08 - 0.08) * SPAN_SECONDS)).truncatedTo(ChronoUnit.MINUTES);
                Instant created = due.isBefore(now) ? due.minus(2, ChronoUnit.DAYS) : now.minus(random.nextInt(60), ChronoUnit.DAYS);
                String status = due.isAfter(now) ? "OPEN" : random.nextInt(10) == 0 ? (random.nextBoolean() ? "OPEN" : "CANCELLED") : "DONE";
                String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
                int owner = random.nextInt(OWNERS);
                String at = Timestamp.from(created).toString();
                row(out, i + 1, KINDS[random.nextInt(KINDS.length)], subject, PersianText.normalize(subject).toLowerCase(Locale.ROOT),
                        aboutAccount ? "accounts.account" : "accounts.contact", about, Timestamp.from(due), 15 * (1 + random.nextInt(8)), status,
                        owner(owner), units[owner % units.length], at, at, 0);
            }
        }
        bulkLoad("act_activity", ACTIVITY_COLUMNS, file);
        return count;
    }

    /**
     * Relationship links: each organisation with one to four links of the seeded types to others
     * (subsidiary of one with a lower number, so no cycle), each employed person an employee-of link.
     */
    private long links() throws IOException, SQLException {
        Random random = new Random(31);
        Path file = files.resolve("rel_link.csv");
        long id = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int accounts = volumes.accounts();
            for (int a = 1; a <= accounts && accounts > 1; a++) {
                Set<String> made = new HashSet<>();
                int links = 1 + random.nextInt(4);
                for (int l = 0; l < links; l++) {
                    boolean subsidiary = l == 0 && a > 1 && random.nextInt(5) == 0;
                    long type = subsidiary ? SUBSIDIARY_OF : BETWEEN_ACCOUNTS[random.nextInt(BETWEEN_ACCOUNTS.length)];
                    long other = subsidiary ? 1 + random.nextInt(a - 1) : skewed(random, accounts, 2);
                    if (other != a && made.add(type + ":" + other)) {
                        id = link(out, random, id + 1, type, "account", a, "account", other);
                    }
                }
            }
            for (int c = 0; c < volumes.contacts(); c++) {
                Long employer = employer(c);
                if (employer != null) {
                    id = link(out, random, id + 1, EMPLOYEE_OF, "contact", c + 1, "account", employer);
                }
            }
        }
        linkCount = id;
        bulkLoad("rel_link", LINK_COLUMNS, file);
        return id;
    }

    private long link(Writer out, Random random, long id, long type, String fromKind, long from, String toKind, long to) throws IOException {
        int owner = random.nextInt(OWNERS);
        String created = Timestamp.from(pastInstant(random)).toString();
        row(out, id, type, fromKind, from, toKind, to, owner(owner), units[owner % units.length], created, created, 0);
        return id;
    }

    /** An activity is a designed record with its date among the form kernel's values, kept at midnight UTC; it is logged on its day. */
    private long activities(int count) throws IOException, SQLException {
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
        return count;
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

    private volatile long linkCount;

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

    /** Sequences past the rows, so records the server creates later get free ids; fresh statistics. Answers the tables loaded. */
    private List<String> afterLoad(Connection connection) throws SQLException {
        Map<String, Long> sequences = new LinkedHashMap<>();
        List<String> tables = new ArrayList<>();
        if (volumes.accounts() > 0) {
            sequences.put("acc_account_seq", (long) volumes.accounts());
            sequences.put("rel_link_seq", linkCount);
            tables.addAll(List.of("acc_account", "acc_account_token", "rel_link"));
        }
        if (volumes.contacts() > 0) {
            sequences.put("acc_contact_seq", (long) volumes.contacts());
            tables.addAll(List.of("acc_contact", "acc_contact_token"));
        }
        if (volumes.designedActivities() > 0) {
            sequences.put("frm_record_seq", (long) volumes.designedActivities());
            tables.addAll(List.of("frm_record", "frm_value"));
        }
        if (volumes.moduleActivities() > 0) {
            sequences.put("act_activity_seq", (long) volumes.moduleActivities());
            tables.add("act_activity");
        }
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, Long> sequence : sequences.entrySet()) {
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
            for (String table : tables) {
                // PostgreSQL: VACUUM also marks the pages all-visible, as autovacuum would, so index-only scans serve
                statement.execute(derby ? "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table.toUpperCase() + "', NULL)"
                        : "VACUUM ANALYZE " + table);
            }
            System.out.printf("data: statistics updated in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
        return tables;
    }

    private static void printIndexes(Connection connection, List<String> tables) throws SQLException {
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
