package org.peyvand.module.tickets.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.peyvand.module.tickets.internal.sla.WorkingCalendar;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.workflow.BusinessCalendarService;
import org.peyvand.platform.workflow.Holiday;
import org.peyvand.platform.workflow.WorkingWeek;
import org.peyvand.platform.workflow.internal.calendar.WorkingTime;

/**
 * The business calendar for tests, on the kernel's own working-time arithmetic: every unit works
 * Saturday to Wednesday 08:00-16:00 and Thursday 08:00-12:00 in Tehran, less the holidays added.
 */
public final class OfficeCalendar implements BusinessCalendarService {
    public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final List<WorkingWeek.Shift> WEEK = week();
    private final Set<LocalDate> holidays = new HashSet<>();

    private static List<WorkingWeek.Shift> week() {
        List<WorkingWeek.Shift> week = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY)) {
            week.add(new WorkingWeek.Shift(day, LocalTime.of(8, 0), LocalTime.of(16, 0)));
        }
        week.add(new WorkingWeek.Shift(DayOfWeek.THURSDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));
        return List.copyOf(week);
    }

    public OfficeCalendar withHolidays(LocalDate... days) {
        holidays.addAll(List.of(days));
        return this;
    }

    /** Every unit's calendar, as the clocks read it. */
    public WorkingCalendar working() {
        WorkingTime time = new WorkingTime(WEEK, holidays, TEHRAN);
        return new WorkingCalendar() {
            @Override
            public Instant add(Instant from, Duration workingTime) {
                return time.add(from, workingTime);
            }

            @Override
            public Duration between(Instant from, Instant to) {
                return time.between(from, to);
            }
        };
    }

    @Override
    public Instant addWorkingTime(long unitId, Instant from, Duration workingTime) {
        return working().add(from, workingTime);
    }

    @Override
    public Duration workingTimeBetween(long unitId, Instant from, Instant to) {
        return working().between(from, to);
    }

    @Override
    public List<Holiday> holidays(Caller caller, int jalaliYear) {
        return holidays.stream().sorted().map(day -> new Holiday(0, day, "تعطیل", "Holiday", false)).toList();
    }

    @Override
    public Holiday addHoliday(Caller caller, Holiday holiday) {
        holidays.add(holiday.date());
        return holiday;
    }

    @Override
    public void removeHoliday(Caller caller, long id) {
        throw new UnsupportedOperationException("the tests' holidays are only added");
    }

    @Override
    public WorkingWeek week(Caller caller, long unitId) {
        return new WorkingWeek(WEEK, false);
    }

    @Override
    public WorkingWeek setWeek(Caller caller, long unitId, WorkingWeek week) {
        throw new UnsupportedOperationException("the tests' week is fixed");
    }
}
