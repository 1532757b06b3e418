package org.peyvand.platform.report.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.report.DateBucket;
import org.peyvand.platform.testing.TestDatabase;

class DayTableTest {
    private static final LocalDate NOWRUZ_1405 = LocalDate.of(2026, 3, 21);

    private final TestDatabase db = new TestDatabase("crm.report");
    private final CountingTransactions counted = new CountingTransactions(db);
    private final DayTable table = DayTable.wiredWith(new Transactions(counted));

    @AfterEach
    void stop() {
        db.close();
    }

    @Test
    void fillsEveryDayFrom2000Through2060() {
        assertThat(table.fill()).isEqualTo(22_281);
        assertThat(DayTable.days()).isEqualTo(22_281);
        assertThat(count()).isEqualTo(22_281);
        Object[] range = db.transactions().read(em -> (Object[]) em.createNativeQuery("SELECT MIN(day), MAX(day) FROM rpt_day").getSingleResult());
        assertThat(((Date) range[0]).toLocalDate()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(((Date) range[1]).toLocalDate()).isEqualTo(LocalDate.of(2060, 12, 31));
    }

    @Test
    void nowruzStartsItsJalaliMonthQuarterAndYear() {
        table.fill();
        Map<DateBucket, LocalDate> nowruz = row(NOWRUZ_1405);
        assertThat(nowruz).containsEntry(DateBucket.DAY, NOWRUZ_1405)
                .containsEntry(DateBucket.JALALI_WEEK, NOWRUZ_1405)
                .containsEntry(DateBucket.JALALI_MONTH, NOWRUZ_1405)
                .containsEntry(DateBucket.JALALI_QUARTER, NOWRUZ_1405)
                .containsEntry(DateBucket.JALALI_YEAR, NOWRUZ_1405)
                .containsEntry(DateBucket.GREGORIAN_WEEK, LocalDate.of(2026, 3, 16))
                .containsEntry(DateBucket.GREGORIAN_MONTH, LocalDate.of(2026, 3, 1))
                .containsEntry(DateBucket.GREGORIAN_QUARTER, LocalDate.of(2026, 1, 1))
                .containsEntry(DateBucket.GREGORIAN_YEAR, LocalDate.of(2026, 1, 1));
        // 30 Esfand 1403, the last day of a leap year
        assertThat(row(LocalDate.of(2025, 3, 20))).containsEntry(DateBucket.JALALI_WEEK, LocalDate.of(2025, 3, 15))
                .containsEntry(DateBucket.JALALI_MONTH, LocalDate.of(2025, 2, 19))
                .containsEntry(DateBucket.JALALI_QUARTER, LocalDate.of(2024, 12, 21))
                .containsEntry(DateBucket.JALALI_YEAR, LocalDate.of(2024, 3, 20));
    }

    @Test
    void everyRowAgreesWithTheBucketsComputedInJava() {
        table.fill();
        for (LocalDate day = DayTable.FIRST; day.isBefore(DayTable.END); day = day.plusDays(997)) {
            LocalDate of = day;
            Map<DateBucket, LocalDate> expected = Arrays.stream(DateBucket.values())
                    .collect(Collectors.toMap(bucket -> bucket, bucket -> Buckets.firstDay(bucket, of), (a, b) -> a,
                            () -> new EnumMap<>(DateBucket.class)));
            assertThat(row(day)).as("%s", day).isEqualTo(expected);
        }
    }

    @Test
    void aFullTableCostsOneQueryAndGetsNothing() {
        table.fill();
        counted.transactions.set(0);
        assertThat(table.fill()).isZero();
        assertThat(counted.transactions).hasValue(1);
        assertThat(count()).isEqualTo(DayTable.days());
    }

    @Test
    void addsOnlyTheDaysTheTableLacks() {
        table.fill();
        db.transactions().write(em -> null, (em, none) -> em.createNativeQuery("DELETE FROM rpt_day WHERE day < ?1 OR day > ?2")
                .setParameter(1, Date.valueOf(LocalDate.of(2001, 1, 1))).setParameter(2, Date.valueOf(LocalDate.of(2050, 12, 31)))
                .executeUpdate());
        assertThat(count()).isEqualTo(DayTable.days() - 366 - 3653);
        assertThat(table.fill()).isEqualTo(366 + 3653);
        assertThat(count()).isEqualTo(DayTable.days());
        assertThat(row(LocalDate.of(2060, 12, 31))).containsEntry(DateBucket.GREGORIAN_YEAR, LocalDate.of(2060, 1, 1));
    }

    @Test
    void anotherNodeFillingAtTheSameTimeMeansDone() {
        // This node counts an empty table, then the other node fills it before this one inserts.
        DayTable otherNode = DayTable.wiredWith(db.transactions());
        counted.afterFirstTransaction = otherNode::fill;
        assertThat(table.fill()).isZero();
        assertThat(count()).isEqualTo(DayTable.days());
    }

    private long count() {
        return db.transactions().read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM rpt_day").getSingleResult()).longValue());
    }

    private Map<DateBucket, LocalDate> row(LocalDate day) {
        String columns = Arrays.stream(DateBucket.values()).map(DayTable::column).collect(Collectors.joining(", "));
        Object[] values = db.transactions().read(em -> (Object[]) em.createNativeQuery("SELECT " + columns + " FROM rpt_day WHERE day = ?1")
                .setParameter(1, Date.valueOf(day)).getSingleResult());
        Map<DateBucket, LocalDate> row = new EnumMap<>(DateBucket.class);
        for (DateBucket bucket : DateBucket.values()) {
            row.put(bucket, ((Date) values[bucket.ordinal()]).toLocalDate());
        }
        return row;
    }

    /** Counts the transactions and can run another node's work right after the first one. */
    private static final class CountingTransactions implements JpaTemplate {
        private final JpaTemplate delegate;
        final AtomicInteger transactions = new AtomicInteger();
        Runnable afterFirstTransaction = () -> { };

        CountingTransactions(JpaTemplate delegate) {
            this.delegate = delegate;
        }

        @Override
        public <R> R txExpr(TransactionType type, EmFunction<R> code) {
            R result = delegate.txExpr(type, code);
            if (transactions.incrementAndGet() == 1) {
                afterFirstTransaction.run();
            }
            return result;
        }

        @Override
        public void tx(TransactionType type, EmConsumer code) {
            txExpr(type, em -> {
                code.accept(em);
                return null;
            });
        }

        @Override
        public <R> R txExpr(EmFunction<R> code) {
            return txExpr(TransactionType.Required, code);
        }

        @Override
        public void tx(EmConsumer code) {
            tx(TransactionType.Required, code);
        }
    }
}
