package org.peyvand.platform.workflow.internal.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.workflow.WorkingWeek;

/**
 * Each unit's working time, read once for a few seconds: the engine asks for due dates far more
 * often than administrators change a calendar. A change made on this node is seen at once; one
 * made on another node sharing the database, or a unit moved in the tree, within {@link #FRESH}.
 */
final class CalendarCache {
    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final Duration FRESH = Duration.ofSeconds(5);

    private final Transactions tx;
    private final LongFunction<List<Long>> lineage;
    private final Clock clock;
    /** Counts changes on this node, so a snapshot read while one was being made is not kept. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Snapshot snapshot;

    /** The stored calendars at one moment, with the units' working time worked out as asked for. */
    private record Snapshot(List<LocalDate> holidays, Map<Long, List<WorkingWeek.Shift>> shiftsByUnit, Instant readAt, long change,
            Map<Long, WorkingTime> byUnit) {
    }

    /** @param lineage a unit's id and its ancestors' ids, nearest first; empty for an unknown unit */
    CalendarCache(Transactions tx, LongFunction<List<Long>> lineage, Clock clock) {
        this.tx = tx;
        this.lineage = lineage;
        this.clock = clock;
    }

    /** The working time of a unit; an unknown (such as a removed) unit works the organisation's hours. */
    WorkingTime of(long unitId) {
        Snapshot current = current();
        WorkingTime known = current.byUnit().get(unitId);
        if (known != null) {
            return known;
        }
        List<Long> units = lineage.apply(unitId);
        WorkingWeek week = InheritedWeeks.of(units.isEmpty() ? List.of(OrgUnit.ROOT_ID) : units, current.shiftsByUnit());
        WorkingTime computed = new WorkingTime(week.shifts(), current.holidays(), TEHRAN);
        WorkingTime raced = current.byUnit().putIfAbsent(unitId, computed);
        return raced != null ? raced : computed;
    }

    /** Forgets what was read, after a change on this node. */
    void changed() {
        changes.incrementAndGet();
    }

    private Snapshot current() {
        Snapshot cached = snapshot;
        Instant now = clock.instant();
        long change = changes.get();
        if (cached == null || cached.change() != change || cached.readAt().plus(FRESH).isBefore(now)) {
            cached = tx.read(em -> {
                CalendarRows rows = new CalendarRows(em);
                Map<Long, List<WorkingWeek.Shift>> shifts = rows.shifts().stream().collect(
                        Collectors.groupingBy(ShiftEntity::unitId, Collectors.mapping(ShiftEntity::toShift, Collectors.toList())));
                return new Snapshot(List.copyOf(rows.holidayDates()), shifts, now, change, new ConcurrentHashMap<>());
            });
            snapshot = cached;
        }
        return cached;
    }
}
