package org.peyvand.platform.workflow.internal.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.workflow.WorkingWeek;

/**
 * Working-time arithmetic on one calendar: a week of shifts in a time zone, less the holidays.
 * Days are walked in the zone's local time, so its offset rules (Tehran has kept one offset since
 * 2022) come from the JDK.
 */
public final class WorkingTime {
    private final Map<DayOfWeek, List<WorkingWeek.Shift>> shifts = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> holidays;
    private final ZoneId zone;
    private final Duration perWeek;

    public WorkingTime(Collection<WorkingWeek.Shift> week, Collection<LocalDate> holidays, ZoneId zone) {
        for (DayOfWeek day : DayOfWeek.values()) {
            shifts.put(day, week.stream().filter(s -> s.day() == day).sorted(Comparator.comparing(WorkingWeek.Shift::start)).toList());
        }
        this.holidays = Set.copyOf(holidays);
        this.zone = zone;
        this.perWeek = week.stream().map(s -> Duration.between(s.start(), s.end())).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * The instant at which {@code workingTime} of work done from {@code from} is complete: the end of
     * a shift when it runs out exactly there, never the start of the next.
     */
    public Instant add(Instant from, Duration workingTime) {
        if (workingTime == null || workingTime.isZero() || workingTime.isNegative()) {
            throw ValidationException.of("workingTime", "calendar.error.workingTimePositive");
        }
        if (perWeek.isZero() || perWeek.isNegative()) {
            throw new ConflictException("calendar.error.noWorkingTime", List.of());
        }
        Duration remaining = workingTime;
        LocalDate day = from.atZone(zone).toLocalDate();
        // each week holds perWeek of work unless holidays take some; each holiday costs at most a week
        long maxDays = 7 * (remaining.dividedBy(perWeek) + 2 + holidays.size());
        for (long walked = 0; walked < maxDays; walked++, day = day.plusDays(1)) {
            for (Span span : spans(day)) {
                Instant start = span.start().isBefore(from) ? from : span.start();
                if (!span.end().isAfter(start)) {
                    continue;
                }
                Duration available = Duration.between(start, span.end());
                if (available.compareTo(remaining) >= 0) {
                    return start.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new ConflictException("calendar.error.noWorkingTime", List.of());
    }

    /** The working time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Span span : spans(day)) {
                Instant start = span.start().isBefore(from) ? from : span.start();
                Instant end = span.end().isAfter(to) ? to : span.end();
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private record Span(Instant start, Instant end) {
    }

    private List<Span> spans(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        for (WorkingWeek.Shift shift : shifts.get(day.getDayOfWeek())) {
            spans.add(new Span(ZonedDateTime.of(day, shift.start(), zone).toInstant(), ZonedDateTime.of(day, shift.end(), zone).toInstant()));
        }
        return spans;
    }
}
