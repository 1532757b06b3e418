package org.peyvand.platform.workflow.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.workflow.WorkingWeek;

class WorkingTimeTest {
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    /** The organisation's default: Saturday to Wednesday 08:00-16:00, Thursday 08:00-12:00. */
    static final List<WorkingWeek.Shift> DEFAULT_WEEK = defaultWeek();
    /** Nowruz 1405 (1-4 Farvardin), 12 and 13 Farvardin, Tasua and Ashura 1405, and 29 Esfand 1404. */
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 22),
            LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2),
            LocalDate.of(2026, 6, 24), LocalDate.of(2026, 6, 25));

    private final WorkingTime calendar = new WorkingTime(DEFAULT_WEEK, HOLIDAYS, TEHRAN);

    private static List<WorkingWeek.Shift> defaultWeek() {
        List<WorkingWeek.Shift> week = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY)) {
            week.add(new WorkingWeek.Shift(day, LocalTime.of(8, 0), LocalTime.of(16, 0)));
        }
        week.add(new WorkingWeek.Shift(DayOfWeek.THURSDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));
        return week;
    }

    private static Instant tehran(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TEHRAN).toInstant();
    }

    private Instant add(String from, Duration workingTime) {
        Instant due = calendar.add(tehran(from), workingTime);
        assertThat(calendar.between(tehran(from), due)).as("the inverse of adding").isEqualTo(workingTime);
        return due;
    }

    @Test
    void tehranTimeIsUtcPlusThreeAndAHalfAllYearSinceDaylightSavingWasAbolished() {
        assertThat(tehran("2026-06-01T08:00")).isEqualTo(Instant.parse("2026-06-01T04:30:00Z"));
        assertThat(tehran("2026-12-01T08:00")).isEqualTo(Instant.parse("2026-12-01T04:30:00Z"));
        assertThat(TEHRAN.getRules().getOffset(Instant.parse("2026-03-22T12:00:00Z"))).isEqualTo(ZoneOffset.ofHoursMinutes(3, 30));
    }

    @Test
    void withinOneDay() {
        assertThat(add("2026-11-23T09:00", Duration.ofHours(2))).isEqualTo(tehran("2026-11-23T11:00"));
        assertThat(add("2026-11-23T09:15", Duration.ofMinutes(90))).isEqualTo(tehran("2026-11-23T10:45"));
    }

    @Test
    void workRunningOutAtTheEndOfAShiftIsDueThenNotAtTheNextStart() {
        assertThat(add("2026-11-23T08:00", Duration.ofHours(8))).isEqualTo(tehran("2026-11-23T16:00"));
    }

    @Test
    void acrossTheThursdayHalfDay() {
        // Wednesday 15:00: one hour left that day, Thursday has four
        assertThat(add("2026-11-25T15:00", Duration.ofHours(4))).isEqualTo(tehran("2026-11-26T11:00"));
        assertThat(add("2026-11-25T15:00", Duration.ofHours(5))).isEqualTo(tehran("2026-11-26T12:00"));
    }

    @Test
    void acrossFriday() {
        assertThat(add("2026-11-26T10:00", Duration.ofHours(3))).isEqualTo(tehran("2026-11-28T09:00"));
        assertThat(add("2026-11-25T15:00", Duration.ofHours(6))).isEqualTo(tehran("2026-11-28T09:00"));
    }

    @Test
    void acrossNowruz() {
        // Wednesday 27 Esfand 1404, 15:00: 1h that day, 4h on Thursday, then 29 Esfand (a Friday and a holiday)
        // and 1-4 Farvardin 1405 are off, so the rest is done on Wednesday 5 Farvardin
        assertThat(add("2026-03-18T15:00", Duration.ofHours(9))).isEqualTo(tehran("2026-03-25T12:00"));
    }

    @Test
    void acrossTheTwelfthAndThirteenthOfFarvardin() {
        // Tuesday 11 Farvardin 14:00: 2h that day; Wednesday 12 and Thursday 13 Farvardin are holidays, Friday is off
        assertThat(add("2026-03-31T14:00", Duration.ofHours(4))).isEqualTo(tehran("2026-04-04T10:00"));
    }

    @Test
    void acrossALunarHoliday() {
        // Tasua and Ashura 1405 fall on Wednesday and Thursday 24 and 25 June 2026
        assertThat(add("2026-06-23T12:00", Duration.ofHours(8))).isEqualTo(tehran("2026-06-27T12:00"));
    }

    @Test
    void startingOutsideWorkingHoursCountsFromTheNextShift() {
        assertThat(add("2026-11-23T06:00", Duration.ofHours(1))).isEqualTo(tehran("2026-11-23T09:00"));
        assertThat(add("2026-11-23T20:00", Duration.ofHours(1))).isEqualTo(tehran("2026-11-24T09:00"));
        assertThat(add("2026-11-26T13:00", Duration.ofHours(1))).isEqualTo(tehran("2026-11-28T09:00"));
        assertThat(add("2026-11-27T10:00", Duration.ofMinutes(30))).as("on a Friday").isEqualTo(tehran("2026-11-28T08:30"));
    }

    @Test
    void startingOnAHolidayCountsFromTheNextWorkingDay() {
        assertThat(add("2026-03-22T10:00", Duration.ofHours(1))).isEqualTo(tehran("2026-03-25T09:00"));
    }

    @Test
    void zeroAndNegativeDurationsAreRefused() {
        for (Duration refused : new Duration[] {Duration.ZERO, Duration.ofMinutes(-5), null}) {
            assertThatThrownBy(() -> calendar.add(tehran("2026-11-23T09:00"), refused)).isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).fieldErrors().get(0).field()).isEqualTo("workingTime"));
        }
    }

    @Test
    void durationsOfMoreThanAYear() {
        WorkingTime noHolidays = new WorkingTime(DEFAULT_WEEK, Set.of(), TEHRAN);
        // 53 weeks of 44 hours from Saturday 08:00 end on the Thursday noon of the 53rd week
        Instant due = noHolidays.add(tehran("2026-11-28T08:00"), Duration.ofHours(53 * 44));
        assertThat(due).isEqualTo(tehran("2027-12-02T12:00"));
        // from a Sunday, 53 weeks of work end on the Saturday evening of the 53rd week; the holidays of 2026 on working
        // days (Nowruz Saturday to Tuesday, 12 and 13 Farvardin, Tasua and Ashura) take 56 hours, done after it
        Instant plain = noHolidays.add(tehran("2026-03-01T08:00"), Duration.ofHours(53 * 44));
        assertThat(plain).isEqualTo(tehran("2027-03-06T16:00"));
        assertThat(add("2026-03-01T08:00", Duration.ofHours(53 * 44))).isEqualTo(noHolidays.add(plain, Duration.ofHours(56)));
    }

    @Test
    void aCalendarWithoutWorkingTimeFailsInsteadOfSearchingForever() {
        WorkingTime never = new WorkingTime(List.of(), HOLIDAYS, TEHRAN);
        assertThatThrownBy(() -> never.add(tehran("2026-11-23T09:00"), Duration.ofMinutes(1))).isInstanceOf(ConflictException.class)
                .hasMessage("calendar.error.noWorkingTime");
        assertThat(never.between(tehran("2026-11-23T09:00"), tehran("2027-11-23T09:00"))).isZero();
    }

    @Test
    void workingTimeBetweenTwoInstants() {
        assertThat(calendar.between(tehran("2026-11-23T09:00"), tehran("2026-11-23T09:00"))).isZero();
        assertThat(calendar.between(tehran("2026-11-24T09:00"), tehran("2026-11-23T09:00"))).isZero();
        assertThat(calendar.between(tehran("2026-11-23T06:00"), tehran("2026-11-23T20:00"))).isEqualTo(Duration.ofHours(8));
        // a whole week: five long days and the Thursday half day
        assertThat(calendar.between(tehran("2026-11-28T00:00"), tehran("2026-12-05T00:00"))).isEqualTo(Duration.ofHours(44));
        // Nowruz week 1405 has one working hour, on Wednesday 5 Farvardin, up to 09:00
        assertThat(calendar.between(tehran("2026-03-20T00:00"), tehran("2026-03-25T09:00"))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void shiftsSplitByABreakAreCountedSeparately() {
        WorkingTime split = new WorkingTime(List.of(new WorkingWeek.Shift(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(18, 0)),
                new WorkingWeek.Shift(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))), Set.of(), TEHRAN);
        assertThat(split.add(tehran("2026-11-23T11:00"), Duration.ofHours(2))).isEqualTo(tehran("2026-11-23T15:00"));
        assertThat(split.between(tehran("2026-11-23T00:00"), tehran("2026-11-24T00:00"))).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void daylightSavingChangesOfYearsBeforeItsAbolitionComeFromTheZoneRules() {
        // clocks went back at midnight between Tuesday 21 and Wednesday 22 September 2021: both days still hold 8 hours
        WorkingTime in2021 = new WorkingTime(DEFAULT_WEEK, Set.of(), TEHRAN);
        Instant due = in2021.add(tehran("2021-09-21T08:00"), Duration.ofHours(16));
        assertThat(due).isEqualTo(tehran("2021-09-22T16:00"));
        assertThat(Duration.between(tehran("2021-09-21T08:00"), due)).isEqualTo(Duration.ofHours(33));
    }
}
