package org.peyvand.platform.report.internal.calendar;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.aries.jpa.template.JpaTemplate;
import org.hibernate.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.report.DateBucket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps rpt_day full: one row for every day reports can ask about, holding for each
 * {@link DateBucket} the first day of the bucket the day falls in, by {@link Buckets#firstDay}.
 * Filled when the kernel starts (hence immediate); a report service that references this component
 * runs on a full table.
 */
@Component(service = DayTable.class, immediate = true)
public final class DayTable {
    /** The first day in the table. */
    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    /** The first day after the table. */
    public static final LocalDate END = LocalDate.of(2061, 1, 1);
    public static final String TABLE = "rpt_day";

    private static final Logger LOG = LoggerFactory.getLogger(DayTable.class);
    private static final int BATCH = 1000;
    private static final Map<DateBucket, String> COLUMNS = new EnumMap<>(Map.of(
            DateBucket.DAY, "day",
            DateBucket.JALALI_WEEK, "j_week", DateBucket.JALALI_MONTH, "j_month",
            DateBucket.JALALI_QUARTER, "j_quarter", DateBucket.JALALI_YEAR, "j_year",
            DateBucket.GREGORIAN_WEEK, "g_week", DateBucket.GREGORIAN_MONTH, "g_month",
            DateBucket.GREGORIAN_QUARTER, "g_quarter", DateBucket.GREGORIAN_YEAR, "g_year"));
    private static final String INSERT = "INSERT INTO " + TABLE + " (" + String.join(", ", COLUMNS.values()) + ") VALUES ("
            + COLUMNS.values().stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";

    private final Transactions tx;

    @Activate
    public DayTable(@Reference(target = "(osgi.unit.name=crm.report)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.report)") SchemaReady schema) {
        this(new Transactions(jpa));
        int added = fill();
        if (added > 0) {
            LOG.info("Added {} days to {}", added, TABLE);
        }
    }

    /** Wiring outside OSGi (tests); the private constructor keeps Declarative Services to the one above. */
    public static DayTable wiredWith(Transactions tx) {
        return new DayTable(tx);
    }

    private DayTable(Transactions tx) {
        this.tx = tx;
    }

    /** The rpt_day column holding the first day of a day's bucket ("day" for the day itself). */
    public static String column(DateBucket bucket) {
        return COLUMNS.get(bucket);
    }

    /** How many days the table holds when full. */
    public static long days() {
        return ChronoUnit.DAYS.between(FIRST, END);
    }

    /**
     * Adds the days the table lacks, before its first row and after its last, in one transaction;
     * a full table costs one query. Another node filling at the same moment makes this one's insert
     * fail on the primary key, which means the rows are there.
     *
     * @return how many days were added
     */
    public int fill() {
        Object[] present = tx.read(em -> (Object[]) em.createNativeQuery("SELECT COUNT(*), MIN(day), MAX(day) FROM " + TABLE)
                .getSingleResult());
        List<LocalDate> missing = ((Number) present[0]).longValue() == 0 ? FIRST.datesUntil(END).toList()
                : missing(((Date) present[1]).toLocalDate(), ((Date) present[2]).toLocalDate());
        if (missing.isEmpty()) {
            return 0;
        }
        try {
            return tx.write(em -> missing, (em, days) -> {
                em.unwrap(Session.class).doWork(connection -> {
                    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                        for (int i = 0; i < days.size(); i++) {
                            bind(insert, days.get(i));
                            insert.addBatch();
                            if ((i + 1) % BATCH == 0 || i + 1 == days.size()) {
                                insert.executeBatch();
                            }
                        }
                    }
                });
                return days.size();
            });
        } catch (ConflictException filledElsewhere) {
            LOG.info("Another node filled {} at the same time; its rows stand", TABLE);
            return 0;
        }
    }

    /** The days of the table's range before the first day it holds and after the last. */
    private static List<LocalDate> missing(LocalDate first, LocalDate last) {
        Stream<LocalDate> before = first.isAfter(FIRST) ? FIRST.datesUntil(first) : Stream.empty();
        Stream<LocalDate> after = last.isBefore(END) ? last.plusDays(1).datesUntil(END) : Stream.empty();
        return Stream.concat(before, after).toList();
    }

    // java.sql.Date because Derby's driver binds no java.time types.
    private static void bind(PreparedStatement insert, LocalDate day) throws SQLException {
        int parameter = 1;
        for (DateBucket bucket : COLUMNS.keySet()) {
            insert.setDate(parameter++, Date.valueOf(Buckets.firstDay(bucket, day)));
        }
    }
}
