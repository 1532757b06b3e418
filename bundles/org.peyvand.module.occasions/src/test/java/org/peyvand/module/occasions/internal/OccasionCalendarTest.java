package org.peyvand.module.occasions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.calendar.JalaliDate;

class OccasionCalendarTest {

    @Test
    void aBirthdayIsKeptOnItsJalaliMonthAndDay() {
        assertThat(OccasionCalendar.monthDay(LocalDate.of(2024, 3, 20))).as("1403/01/01").isEqualTo(101);
        assertThat(OccasionCalendar.monthDay(LocalDate.of(1990, 12, 21))).as("1369/09/30").isEqualTo(930);
    }

    @Test
    void thirtyEsfandIsCelebratedOnTheTwentyNinthInCommonYears() {
        assertThat(JalaliDate.isLeapYear(1403)).isTrue();
        assertThat(JalaliDate.isLeapYear(1404)).isFalse();
        LocalDate born = JalaliDate.of(1403, 12, 30).toLocalDate();
        assertThat(OccasionCalendar.monthDay(born)).isEqualTo(1230);

        LocalDate lastDayOf1404 = JalaliDate.of(1404, 12, 29).toLocalDate();
        assertThat(OccasionCalendar.monthDaysOn(lastDayOf1404)).containsExactly(1229, 1230);
        assertThat(OccasionCalendar.monthDaysOn(JalaliDate.of(1403, 12, 29).toLocalDate())).as("a leap year has its own 30th")
                .containsExactly(1229);
        assertThat(OccasionCalendar.monthDaysOn(JalaliDate.of(1408, 12, 30).toLocalDate())).containsExactly(1230);
        assertThat(OccasionCalendar.solarFalls(12, 30, lastDayOf1404)).isTrue();
        assertThat(OccasionCalendar.solarFalls(12, 30, lastDayOf1404.minusDays(1))).isFalse();
    }

    @Test
    void solarOccasionsFallOnTheirJalaliDay() {
        assertThat(OccasionCalendar.solarFalls(1, 1, LocalDate.of(2024, 3, 20))).as("Nowruz 1403").isTrue();
        assertThat(OccasionCalendar.solarFalls(1, 1, LocalDate.of(2025, 3, 21))).as("Nowruz 1404").isTrue();
        assertThat(OccasionCalendar.solarFalls(9, 30, LocalDate.of(2024, 12, 20))).as("Yalda 1403").isTrue();
        assertThat(OccasionCalendar.solarFalls(9, 30, LocalDate.of(2024, 12, 21))).isFalse();
    }

    @Test
    void lunarOccasionsFollowUmmAlQuraMovedByTheirCorrection() {
        assertThat(LocalDate.from(HijrahDate.of(1446, 10, 1))).isEqualTo(LocalDate.of(2025, 3, 30));
        assertThat(OccasionCalendar.lunarFalls(10, 1, 0, LocalDate.of(2025, 3, 30))).isTrue();
        // Iran celebrated Eid al-Fitr 1446 a day after Umm al-Qura
        assertThat(OccasionCalendar.lunarFalls(10, 1, 1, LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(OccasionCalendar.lunarFalls(10, 1, 1, LocalDate.of(2025, 3, 30))).isFalse();
        assertThat(OccasionCalendar.lunarFalls(10, 1, -2, LocalDate.of(2025, 3, 28))).isTrue();
        assertThat(OccasionCalendar.lunarFalls(12, 10, 0, LocalDate.of(2025, 6, 6))).as("Eid al-Adha 1446").isTrue();
        assertThat(OccasionCalendar.lunarFalls(10, 1, 0, LocalDate.of(1700, 1, 1))).as("outside the calendar").isFalse();
    }

    @Test
    void onlyDaysSomeYearHasAreValid() {
        assertThat(OccasionCalendar.validMonthDay(1, 31)).isTrue();
        assertThat(OccasionCalendar.validMonthDay(7, 31)).as("31 Mehr").isFalse();
        assertThat(OccasionCalendar.validMonthDay(12, 30)).isTrue();
        assertThat(OccasionCalendar.validMonthDay(12, 31)).isFalse();
        assertThat(OccasionCalendar.validMonthDay(13, 1)).isFalse();
        assertThat(OccasionCalendar.validMonthDay(5, 0)).isFalse();
    }
}
