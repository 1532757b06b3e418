package org.peyvand.platform.report.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peyvand.platform.core.calendar.CalendarSystem.GREGORIAN;
import static org.peyvand.platform.core.calendar.CalendarSystem.JALALI;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.report.Period;
import org.peyvand.platform.report.Period.Kind;

class PeriodsTest {
    /** 1 Farvardin 1405, a Saturday. */
    private static final LocalDate NOWRUZ_1405 = LocalDate.of(2026, 3, 21);
    /** 29 Esfand 1404, the last day of a common year, a Friday. */
    private static final LocalDate LAST_OF_1404 = LocalDate.of(2026, 3, 20);
    /** 30 Esfand 1403, the last day of a leap year. */
    private static final LocalDate LAST_OF_1403 = LocalDate.of(2025, 3, 20);

    private static LocalDate jalali(int year, int month, int day) {
        return JalaliDate.of(year, month, day).toLocalDate();
    }

    private static DayRange resolve(Kind kind, LocalDate today, CalendarSystem calendar) {
        return Periods.resolve(Period.of(kind), today, calendar);
    }

    private static DayRange range(LocalDate from, LocalDate to) {
        return new DayRange(from, to);
    }

    @Test
    void todayAndYesterdayAreOneDay() {
        assertThat(resolve(Kind.TODAY, NOWRUZ_1405, JALALI)).isEqualTo(range(NOWRUZ_1405, NOWRUZ_1405.plusDays(1)));
        assertThat(resolve(Kind.YESTERDAY, NOWRUZ_1405, JALALI)).isEqualTo(range(LAST_OF_1404, NOWRUZ_1405));
        assertThat(resolve(Kind.YESTERDAY, NOWRUZ_1405, GREGORIAN)).isEqualTo(range(LAST_OF_1404, NOWRUZ_1405));
    }

    @Test
    void onNowruzTheJalaliPeriodsStartAfresh() {
        LocalDate nowruz1406 = jalali(1406, 1, 1);
        assertThat(resolve(Kind.THIS_FISCAL_YEAR, NOWRUZ_1405, JALALI)).isEqualTo(range(NOWRUZ_1405, nowruz1406));
        assertThat(resolve(Kind.THIS_YEAR, NOWRUZ_1405, JALALI)).isEqualTo(range(NOWRUZ_1405, nowruz1406));
        assertThat(resolve(Kind.LAST_YEAR, NOWRUZ_1405, JALALI)).isEqualTo(range(LocalDate.of(2025, 3, 21), NOWRUZ_1405));
        assertThat(resolve(Kind.THIS_QUARTER, NOWRUZ_1405, JALALI)).isEqualTo(range(NOWRUZ_1405, jalali(1405, 4, 1)));
        assertThat(resolve(Kind.LAST_QUARTER, NOWRUZ_1405, JALALI)).isEqualTo(range(jalali(1404, 10, 1), NOWRUZ_1405));
        assertThat(resolve(Kind.THIS_MONTH, NOWRUZ_1405, JALALI)).isEqualTo(range(NOWRUZ_1405, LocalDate.of(2026, 4, 21)));
        assertThat(resolve(Kind.LAST_MONTH, NOWRUZ_1405, JALALI)).isEqualTo(range(jalali(1404, 12, 1), NOWRUZ_1405));
        assertThat(resolve(Kind.THIS_WEEK, NOWRUZ_1405, JALALI)).isEqualTo(range(NOWRUZ_1405, LocalDate.of(2026, 3, 28)));
        assertThat(resolve(Kind.LAST_WEEK, NOWRUZ_1405, JALALI)).isEqualTo(range(LocalDate.of(2026, 3, 14), NOWRUZ_1405));
    }

    @Test
    void onTheLastDayOfEsfandTheJalaliPeriodsStillHoldTheOldYear() {
        assertThat(resolve(Kind.THIS_FISCAL_YEAR, LAST_OF_1404, JALALI)).isEqualTo(range(LocalDate.of(2025, 3, 21), NOWRUZ_1405));
        assertThat(resolve(Kind.THIS_QUARTER, LAST_OF_1404, JALALI)).isEqualTo(range(jalali(1404, 10, 1), NOWRUZ_1405));
        assertThat(resolve(Kind.THIS_MONTH, LAST_OF_1404, JALALI)).isEqualTo(range(jalali(1404, 12, 1), NOWRUZ_1405));
        assertThat(resolve(Kind.THIS_WEEK, LAST_OF_1404, JALALI)).isEqualTo(range(LocalDate.of(2026, 3, 14), NOWRUZ_1405));
    }

    @Test
    void aLeapYearEndsOnThirtiethOfEsfand() {
        LocalDate nowruz1403 = LocalDate.of(2024, 3, 20);
        LocalDate nowruz1404 = LocalDate.of(2025, 3, 21);
        assertThat(resolve(Kind.THIS_FISCAL_YEAR, LAST_OF_1403, JALALI)).isEqualTo(range(nowruz1403, nowruz1404));
        assertThat(resolve(Kind.THIS_QUARTER, LAST_OF_1403, JALALI)).isEqualTo(range(jalali(1403, 10, 1), nowruz1404));
        assertThat(resolve(Kind.THIS_MONTH, LAST_OF_1403, JALALI)).isEqualTo(range(LocalDate.of(2025, 2, 19), nowruz1404));
        assertThat(resolve(Kind.LAST_YEAR, nowruz1404, JALALI)).isEqualTo(range(nowruz1403, nowruz1404));
        assertThat(resolve(Kind.LAST_MONTH, nowruz1404, JALALI)).isEqualTo(range(LocalDate.of(2025, 2, 19), nowruz1404));
    }

    @Test
    void gregorianPeriodsFollowTheGregorianCalendarButTheFiscalYearStaysJalali() {
        assertThat(resolve(Kind.THIS_FISCAL_YEAR, NOWRUZ_1405, GREGORIAN)).isEqualTo(range(NOWRUZ_1405, jalali(1406, 1, 1)));
        assertThat(resolve(Kind.THIS_FISCAL_YEAR, LAST_OF_1404, GREGORIAN)).isEqualTo(range(LocalDate.of(2025, 3, 21), NOWRUZ_1405));
        assertThat(resolve(Kind.THIS_YEAR, NOWRUZ_1405, GREGORIAN)).isEqualTo(range(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
        assertThat(resolve(Kind.THIS_QUARTER, NOWRUZ_1405, GREGORIAN)).isEqualTo(range(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)));
        assertThat(resolve(Kind.THIS_MONTH, NOWRUZ_1405, GREGORIAN)).isEqualTo(range(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)));
        assertThat(resolve(Kind.THIS_WEEK, NOWRUZ_1405, GREGORIAN)).isEqualTo(range(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 23)));
    }

    @Test
    void gregorianPeriodsCrossTheYearEnd() {
        LocalDate newYear = LocalDate.of(2026, 1, 1);
        assertThat(resolve(Kind.LAST_YEAR, newYear, GREGORIAN)).isEqualTo(range(LocalDate.of(2025, 1, 1), newYear));
        assertThat(resolve(Kind.LAST_QUARTER, newYear, GREGORIAN)).isEqualTo(range(LocalDate.of(2025, 10, 1), newYear));
        assertThat(resolve(Kind.LAST_MONTH, newYear, GREGORIAN)).isEqualTo(range(LocalDate.of(2025, 12, 1), newYear));
        assertThat(resolve(Kind.THIS_WEEK, newYear, GREGORIAN)).isEqualTo(range(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 5)));
        assertThat(resolve(Kind.LAST_WEEK, newYear, GREGORIAN)).isEqualTo(range(LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 29)));
        assertThat(resolve(Kind.LAST_MONTH, LocalDate.of(2024, 3, 31), GREGORIAN))
                .isEqualTo(range(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1)));
    }

    @Test
    void theJalaliWeekOfADayStartsOnTheSaturdayBeforeIt() {
        // Thursday 1 January 2026 in the week from Saturday 27 December 2025
        assertThat(resolve(Kind.THIS_WEEK, LocalDate.of(2026, 1, 1), JALALI))
                .isEqualTo(range(LocalDate.of(2025, 12, 27), LocalDate.of(2026, 1, 3)));
        assertThat(resolve(Kind.LAST_WEEK, LocalDate.of(2025, 12, 27), JALALI))
                .isEqualTo(range(LocalDate.of(2025, 12, 20), LocalDate.of(2025, 12, 27)));
    }

    @Test
    void lastDaysCountTodayIn() {
        assertThat(Periods.resolve(Period.lastDays(1), NOWRUZ_1405, JALALI)).isEqualTo(range(NOWRUZ_1405, NOWRUZ_1405.plusDays(1)));
        assertThat(Periods.resolve(Period.lastDays(7), NOWRUZ_1405, GREGORIAN))
                .isEqualTo(range(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 22)));
        assertThat(Periods.resolve(Period.lastDays(Periods.MAX_DAYS), NOWRUZ_1405, JALALI))
                .isEqualTo(range(NOWRUZ_1405.minusDays(3659), NOWRUZ_1405.plusDays(1)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 3661, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void lastDaysOutsideOneToTenYearsAreRefusedOnThePeriod(int days) {
        assertThatThrownBy(() -> Periods.resolve(Period.lastDays(days), NOWRUZ_1405, JALALI))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(FieldError.of("period", "core.error.range", 1, Periods.MAX_DAYS)));
    }

    @Test
    void aMissingPeriodIsRefusedOnThePeriod() {
        assertThatThrownBy(() -> Periods.resolve(null, NOWRUZ_1405, JALALI))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(FieldError.of("period", "core.error.required")));
        assertThatThrownBy(() -> Periods.resolve(new Period(null, 7), NOWRUZ_1405, GREGORIAN))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(FieldError.of("period", "core.error.required")));
    }

    @Test
    void thePeriodBeforeIsTheWholePreviousOneAcrossNowruz() {
        LocalDate fifthOfFarvardin = jalali(1405, 1, 5);
        assertThat(Periods.before(Period.of(Kind.THIS_MONTH), fifthOfFarvardin, CalendarSystem.JALALI))
                .as("Esfand of the year before").isEqualTo(range(jalali(1404, 12, 1), NOWRUZ_1405));
        assertThat(Periods.before(Period.of(Kind.LAST_MONTH), fifthOfFarvardin, CalendarSystem.JALALI))
                .as("Bahman, before Esfand").isEqualTo(range(jalali(1404, 11, 1), jalali(1404, 12, 1)));
        assertThat(Periods.before(Period.of(Kind.THIS_FISCAL_YEAR), fifthOfFarvardin, CalendarSystem.JALALI))
                .isEqualTo(range(jalali(1404, 1, 1), NOWRUZ_1405));
        assertThat(Periods.before(Period.of(Kind.YESTERDAY), fifthOfFarvardin, CalendarSystem.JALALI))
                .isEqualTo(range(jalali(1405, 1, 3), jalali(1405, 1, 4)));
        assertThat(Periods.before(Period.lastDays(30), fifthOfFarvardin, CalendarSystem.JALALI))
                .as("the 30 days before the last 30").isEqualTo(range(fifthOfFarvardin.minusDays(59), fifthOfFarvardin.minusDays(29)));
        assertThat(Periods.before(Period.of(Kind.THIS_QUARTER), LocalDate.of(2026, 5, 10), CalendarSystem.GREGORIAN))
                .isEqualTo(range(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)));
    }
}
