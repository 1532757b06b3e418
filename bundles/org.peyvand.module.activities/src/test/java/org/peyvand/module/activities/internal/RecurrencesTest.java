package org.peyvand.module.activities.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peyvand.module.activities.Recurrence;
import org.peyvand.module.activities.Recurrence.Frequency;
import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.calendar.JalaliDate;

class RecurrencesTest {

    private static Instant at(JalaliDate day, int hour, int minute) {
        return day.toLocalDate().atTime(hour, minute).atZone(Recurrences.ZONE).toInstant();
    }

    private static List<String> jalaliDays(List<Instant> occurrences) {
        return occurrences.stream().map(at -> JalaliDate.from(at.atZone(Recurrences.ZONE).toLocalDate()).toString()).toList();
    }

    private static Recurrence rule(Frequency frequency, Integer interval, CalendarSystem calendar, Integer count) {
        return new Recurrence(frequency, interval, Set.of(), calendar, null, count);
    }

    @Test
    void theCalendarKnowsWhichYearsAreLeap() {
        assertThat(JalaliDate.isLeapYear(1403)).isTrue();
        assertThat(JalaliDate.isLeapYear(1404)).isFalse();
        assertThat(JalaliDate.isLeapYear(1408)).isTrue();
    }

    @Test
    void everyJalaliMonthOnThe31stFallsOnTheLastDayOfShorterMonthsAndComesBack() {
        Recurrences series = new Recurrences(rule(Frequency.MONTHLY, 1, CalendarSystem.JALALI, 14), at(JalaliDate.of(1404, 1, 31), 9, 30));
        assertThat(jalaliDays(series.occurrences().toList())).containsExactly(
                "1404/01/31", "1404/02/31", "1404/03/31", "1404/04/31", "1404/05/31", "1404/06/31",
                "1404/07/30", "1404/08/30", "1404/09/30", "1404/10/30", "1404/11/30",
                "1404/12/29", // Esfand of a common year
                "1405/01/31", "1405/02/31");
    }

    @Test
    void everyJalaliMonthOnThe30thReachesEsfand30OnlyInALeapYear() {
        Recurrences leap = new Recurrences(rule(Frequency.MONTHLY, 1, CalendarSystem.JALALI, 3), at(JalaliDate.of(1403, 11, 30), 8, 0));
        assertThat(jalaliDays(leap.occurrences().toList())).containsExactly("1403/11/30", "1403/12/30", "1404/01/30");
        Recurrences common = new Recurrences(rule(Frequency.MONTHLY, 1, CalendarSystem.JALALI, 3), at(JalaliDate.of(1404, 11, 30), 8, 0));
        assertThat(jalaliDays(common.occurrences().toList())).containsExactly("1404/11/30", "1404/12/29", "1405/01/30");
    }

    @Test
    void everyYearOnEsfand30OfALeapYearIsEsfandsLastDay() {
        Recurrences series = new Recurrences(rule(Frequency.YEARLY, 1, CalendarSystem.JALALI, 6), at(JalaliDate.of(1403, 12, 30), 10, 0));
        List<String> days = jalaliDays(series.occurrences().toList());
        assertThat(days).startsWith("1403/12/30", "1404/12/29").endsWith("1408/12/30");
        for (int i = 0; i < days.size(); i++) {
            int year = 1403 + i;
            assertThat(days.get(i)).isEqualTo(year + "/12/" + (JalaliDate.isLeapYear(year) ? 30 : 29));
        }
    }

    @Test
    void everySecondJalaliMonthCountsMonthsAcrossTheYearEnd() {
        Recurrences series = new Recurrences(rule(Frequency.MONTHLY, 2, CalendarSystem.JALALI, 4), at(JalaliDate.of(1403, 10, 15), 12, 0));
        assertThat(jalaliDays(series.occurrences().toList())).containsExactly("1403/10/15", "1403/12/15", "1404/02/15", "1404/04/15");
    }

    @Test
    void aGregorianRuleCountsGregorianMonthsAndClampsToTheirEnd() {
        Instant january31 = LocalDate.of(2025, 1, 31).atTime(9, 0).atZone(Recurrences.ZONE).toInstant();
        Recurrences series = new Recurrences(rule(Frequency.MONTHLY, 1, CalendarSystem.GREGORIAN, 4), january31);
        assertThat(series.occurrences().map(at -> at.atZone(Recurrences.ZONE).toLocalDate()).toList())
                .containsExactly(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 30));
        Instant leapDay = LocalDate.of(2024, 2, 29).atTime(9, 0).atZone(Recurrences.ZONE).toInstant();
        assertThat(new Recurrences(rule(Frequency.YEARLY, 1, CalendarSystem.GREGORIAN, 2), leapDay).occurrences()
                .map(at -> at.atZone(Recurrences.ZONE).toLocalDate()).toList()).containsExactly(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28));
    }

    @Test
    void dailyAcrossNowruzKeepsTheTimeOfDayInTehran() {
        Recurrences series = new Recurrences(rule(Frequency.DAILY, 1, CalendarSystem.JALALI, 3), at(JalaliDate.of(1403, 12, 29), 9, 30));
        List<Instant> all = series.occurrences().toList();
        assertThat(jalaliDays(all)).containsExactly("1403/12/29", "1403/12/30", "1404/01/01");
        assertThat(all).allSatisfy(at -> assertThat(at.atZone(Recurrences.ZONE).toLocalTime()).isEqualTo(LocalTime.of(9, 30)));
    }

    @Test
    void weeklyOnChosenDaysEverySecondWeekStartingSaturdayInJalali() {
        // 1404/01/04 is a Monday; the Jalali week around it starts on Saturday 1404/01/02
        JalaliDate monday = JalaliDate.of(1404, 1, 4);
        assertThat(monday.toLocalDate().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        Recurrence rule = new Recurrence(Frequency.WEEKLY, 2, Set.of(DayOfWeek.SATURDAY, DayOfWeek.WEDNESDAY), CalendarSystem.JALALI, null, 4);
        assertThat(jalaliDays(new Recurrences(rule, at(monday, 10, 0)).occurrences().toList()))
                .as("the Saturday before the start is skipped").containsExactly("1404/01/06", "1404/01/16", "1404/01/20", "1404/01/30");
    }

    @Test
    void theEndDateIsTheLastDayAndNextOccurrencesStopThere() {
        Recurrence rule = new Recurrence(Frequency.MONTHLY, 1, Set.of(), CalendarSystem.JALALI, JalaliDate.of(1404, 8, 30).toLocalDate(), null);
        Recurrences series = new Recurrences(rule, at(JalaliDate.of(1404, 6, 31), 9, 0));
        assertThat(jalaliDays(series.occurrences().toList())).containsExactly("1404/06/31", "1404/07/30", "1404/08/30");
        assertThat(series.after(at(JalaliDate.of(1404, 7, 30), 9, 0))).contains(at(JalaliDate.of(1404, 8, 30), 9, 0));
        assertThat(series.after(at(JalaliDate.of(1404, 8, 30), 9, 0))).isEmpty();
    }

    @Test
    void aWindowTakesTheOccurrencesInsideItOfAnEndlessRule() {
        Recurrences series = new Recurrences(rule(Frequency.DAILY, 3, CalendarSystem.JALALI, null), at(JalaliDate.of(1404, 1, 1), 9, 0));
        Instant from = at(JalaliDate.of(1404, 2, 1), 0, 0);
        Instant to = at(JalaliDate.of(1404, 2, 10), 0, 0);
        assertThat(jalaliDays(series.between(from, to))).containsExactly("1404/02/03", "1404/02/06", "1404/02/09");
        ZonedDateTime last = series.between(from, to).get(2).atZone(Recurrences.ZONE);
        assertThat(last.getHour()).isEqualTo(9);
    }
}
