package org.peyvand.platform.report.internal.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.report.ReportSchedule.Frequency;

class NextRunTest {

    private static Instant tehran(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(NextRun.TEHRAN).toInstant();
    }

    private static LocalDate jalali(int year, int month, int day) {
        return JalaliDate.of(year, month, day).toLocalDate();
    }

    @Test
    void dailyRunsAtTheHourInTehranTodayOrTomorrow() {
        LocalDate day = jalali(1405, 7, 10);
        assertThat(NextRun.after(Frequency.DAILY, null, 8, CalendarSystem.JALALI, tehran(day, 7))).isEqualTo(tehran(day, 8));
        assertThat(NextRun.after(Frequency.DAILY, null, 8, CalendarSystem.JALALI, tehran(day, 8))).as("strictly after")
                .isEqualTo(tehran(day.plusDays(1), 8));
    }

    @Test
    void weeksStartOnSaturdayInJalaliAndMondayInGregorian() {
        assertThat(NextRun.dayOfWeek(DayOfWeek.SATURDAY, true)).isEqualTo(1);
        assertThat(NextRun.dayOfWeek(DayOfWeek.FRIDAY, true)).isEqualTo(7);
        assertThat(NextRun.dayOfWeek(DayOfWeek.MONDAY, false)).isEqualTo(1);
        LocalDate wednesday = LocalDate.of(2026, 11, 25);
        assertThat(NextRun.after(Frequency.WEEKLY, 1, 9, CalendarSystem.JALALI, tehran(wednesday, 12)))
                .isEqualTo(tehran(LocalDate.of(2026, 11, 28), 9));
        assertThat(NextRun.after(Frequency.WEEKLY, 1, 9, CalendarSystem.GREGORIAN, tehran(wednesday, 12)))
                .isEqualTo(tehran(LocalDate.of(2026, 11, 30), 9));
    }

    @Test
    void aMonthlyDayPastTheMonthsEndRunsOnItsLastDay() {
        assertThat(NextRun.after(Frequency.MONTHLY, 31, 6, CalendarSystem.JALALI, tehran(jalali(1405, 7, 1), 0)))
                .as("Mehr has 30 days").isEqualTo(tehran(jalali(1405, 7, 30), 6));
        assertThat(NextRun.after(Frequency.MONTHLY, 31, 6, CalendarSystem.JALALI, tehran(jalali(1404, 12, 1), 0)))
                .as("Esfand of a common year ends on the 29th").isEqualTo(tehran(jalali(1404, 12, 29), 6));
        assertThat(NextRun.after(Frequency.MONTHLY, 30, 6, CalendarSystem.JALALI, tehran(jalali(1403, 12, 29), 7)))
                .as("1403 is a leap year").isEqualTo(tehran(jalali(1403, 12, 30), 6));
        assertThat(NextRun.after(Frequency.MONTHLY, 1, 6, CalendarSystem.JALALI, tehran(jalali(1404, 12, 29), 7)))
                .as("then Nowruz").isEqualTo(tehran(jalali(1405, 1, 1), 6));
        assertThat(NextRun.after(Frequency.MONTHLY, 31, 6, CalendarSystem.GREGORIAN, tehran(LocalDate.of(2027, 2, 1), 0)))
                .isEqualTo(tehran(LocalDate.of(2027, 2, 28), 6));
    }
}
