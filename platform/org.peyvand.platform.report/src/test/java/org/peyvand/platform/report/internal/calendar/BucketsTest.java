package org.peyvand.platform.report.internal.calendar;

import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.format.DigitStyle;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.format.MoneyUnit;
import org.peyvand.platform.report.DateBucket;
import org.peyvand.platform.testing.FileMessages;

class BucketsTest {
    private static final FileMessages TEXTS_FA = FileMessages.persian("report");
    private static final FileMessages TEXTS_EN = FileMessages.english("report");
    private static final DisplayFormat PERSIAN = DisplayFormat.of(DisplayPreferences.defaults(Locale.forLanguageTag("fa-IR")));
    private static final DisplayFormat ENGLISH = DisplayFormat.of(DisplayPreferences.defaults(Locale.ENGLISH));
    /** A Persian reader who prefers Latin digits and Gregorian dates. */
    private static final DisplayFormat PERSIAN_LATIN = DisplayFormat.of(
            new DisplayPreferences(Locale.forLanguageTag("fa-IR"), CalendarSystem.GREGORIAN, DigitStyle.LATIN, MoneyUnit.RIAL));

    private static LocalDate jalali(int year, int month, int day) {
        return JalaliDate.of(year, month, day).toLocalDate();
    }

    @Test
    void jalaliMonthsHoldTheirLastDays() {
        // 31 days in the first half of the year, 30 in the second, Esfand 29 in a common year
        assertThat(Buckets.firstDay(DateBucket.JALALI_MONTH, jalali(1404, 6, 31))).isEqualTo(jalali(1404, 6, 1));
        assertThat(Buckets.firstDay(DateBucket.JALALI_MONTH, jalali(1404, 7, 1))).isEqualTo(jalali(1404, 7, 1));
        assertThat(Buckets.firstDay(DateBucket.JALALI_MONTH, jalali(1404, 7, 30))).isEqualTo(jalali(1404, 7, 1));
        assertThat(Buckets.firstDay(DateBucket.JALALI_MONTH, jalali(1404, 12, 29))).isEqualTo(jalali(1404, 12, 1));
        assertThat(Buckets.next(DateBucket.JALALI_MONTH, jalali(1404, 6, 1))).isEqualTo(jalali(1404, 7, 1));
        assertThat(Buckets.next(DateBucket.JALALI_MONTH, jalali(1404, 7, 1))).isEqualTo(jalali(1404, 8, 1));
        assertThat(Buckets.next(DateBucket.JALALI_MONTH, jalali(1404, 12, 1))).isEqualTo(LocalDate.of(2026, 3, 21));
        assertThat(DAYS.between(jalali(1404, 6, 1), Buckets.next(DateBucket.JALALI_MONTH, jalali(1404, 6, 1)))).isEqualTo(31);
        assertThat(DAYS.between(jalali(1404, 7, 1), Buckets.next(DateBucket.JALALI_MONTH, jalali(1404, 7, 1)))).isEqualTo(30);
    }

    @Test
    void aLeapEsfandHasThirtyDays() {
        assertThat(JalaliDate.isLeapYear(1403)).isTrue();
        assertThat(JalaliDate.isLeapYear(1404)).isFalse();
        LocalDate esfand1403 = jalali(1403, 12, 1);
        assertThat(DAYS.between(esfand1403, Buckets.next(DateBucket.JALALI_MONTH, esfand1403))).isEqualTo(30);
        assertThat(Buckets.firstDay(DateBucket.JALALI_MONTH, LocalDate.of(2025, 3, 20))).isEqualTo(esfand1403);
        assertThat(Buckets.firstDay(DateBucket.JALALI_YEAR, LocalDate.of(2025, 3, 20))).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(Buckets.firstDay(DateBucket.JALALI_YEAR, LocalDate.of(2025, 3, 21))).isEqualTo(LocalDate.of(2025, 3, 21));
        LocalDate esfand1404 = jalali(1404, 12, 1);
        assertThat(DAYS.between(esfand1404, Buckets.next(DateBucket.JALALI_MONTH, esfand1404))).isEqualTo(29);
        assertThat(DAYS.between(LocalDate.of(2024, 3, 20), Buckets.next(DateBucket.JALALI_YEAR, LocalDate.of(2024, 3, 20))))
                .isEqualTo(366);
    }

    @Test
    void jalaliQuartersAreThreeMonthsFromFarvardin() {
        assertThat(Buckets.firstDay(DateBucket.JALALI_QUARTER, jalali(1405, 3, 31))).isEqualTo(jalali(1405, 1, 1));
        assertThat(Buckets.firstDay(DateBucket.JALALI_QUARTER, jalali(1405, 4, 1))).isEqualTo(jalali(1405, 4, 1));
        assertThat(Buckets.firstDay(DateBucket.JALALI_QUARTER, jalali(1405, 9, 30))).isEqualTo(jalali(1405, 7, 1));
        assertThat(Buckets.firstDay(DateBucket.JALALI_QUARTER, jalali(1405, 12, 29))).isEqualTo(jalali(1405, 10, 1));
        assertThat(Buckets.next(DateBucket.JALALI_QUARTER, jalali(1405, 7, 1))).isEqualTo(jalali(1405, 10, 1));
        assertThat(Buckets.next(DateBucket.JALALI_QUARTER, jalali(1405, 10, 1))).isEqualTo(jalali(1406, 1, 1));
    }

    @Test
    void jalaliWeeksStartOnSaturdayAndCrossTheYearEnd() {
        // 1404/12/29 (Friday 20 March 2026) ends its week; 1405/01/01 is a Saturday
        assertThat(LocalDate.of(2026, 3, 21).getDayOfWeek()).hasToString("SATURDAY");
        assertThat(Buckets.firstDay(DateBucket.JALALI_WEEK, LocalDate.of(2026, 3, 20))).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(Buckets.firstDay(DateBucket.JALALI_WEEK, LocalDate.of(2026, 3, 21))).isEqualTo(LocalDate.of(2026, 3, 21));
        // Nowruz 1404 was a Friday: the week from Saturday 1403/12/25 holds the last days of 1403 and the first of 1404
        assertThat(Buckets.firstDay(DateBucket.JALALI_WEEK, LocalDate.of(2025, 3, 21))).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(Buckets.next(DateBucket.JALALI_WEEK, LocalDate.of(2025, 3, 15))).isEqualTo(LocalDate.of(2025, 3, 22));
    }

    @Test
    void gregorianBucketsStartOnMondayAndTheFirstOfTheMonth() {
        // Thursday 1 January 2026 belongs to the week from Monday 29 December 2025
        assertThat(Buckets.firstDay(DateBucket.GREGORIAN_WEEK, LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(Buckets.firstDay(DateBucket.GREGORIAN_WEEK, LocalDate.of(2026, 1, 5))).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(Buckets.firstDay(DateBucket.GREGORIAN_MONTH, LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(Buckets.firstDay(DateBucket.GREGORIAN_QUARTER, LocalDate.of(2026, 6, 30))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(Buckets.firstDay(DateBucket.GREGORIAN_QUARTER, LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Buckets.firstDay(DateBucket.GREGORIAN_YEAR, LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Buckets.next(DateBucket.GREGORIAN_QUARTER, LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(Buckets.firstDay(DateBucket.DAY, LocalDate.of(2026, 3, 21))).isEqualTo(LocalDate.of(2026, 3, 21));
        assertThat(Buckets.next(DateBucket.DAY, LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void jalaliLabelsInPersianAndEnglish() {
        LocalDate nowruz = LocalDate.of(2026, 3, 21);
        assertThat(Buckets.label(DateBucket.JALALI_MONTH, nowruz, TEXTS_FA, PERSIAN)).isEqualTo("فروردین ۱۴۰۵");
        assertThat(Buckets.label(DateBucket.JALALI_MONTH, nowruz, TEXTS_EN, ENGLISH)).isEqualTo("Farvardin 1405");
        assertThat(Buckets.label(DateBucket.JALALI_QUARTER, nowruz, TEXTS_FA, PERSIAN)).isEqualTo("سه‌ماههٔ اول ۱۴۰۵");
        assertThat(Buckets.label(DateBucket.JALALI_QUARTER, jalali(1405, 10, 1), TEXTS_FA, PERSIAN))
                .isEqualTo("سه‌ماههٔ چهارم ۱۴۰۵");
        assertThat(Buckets.label(DateBucket.JALALI_QUARTER, nowruz, TEXTS_EN, ENGLISH)).isEqualTo("Q1 1405");
        assertThat(Buckets.label(DateBucket.JALALI_YEAR, nowruz, TEXTS_FA, PERSIAN)).isEqualTo("۱۴۰۵");
        assertThat(Buckets.label(DateBucket.JALALI_WEEK, jalali(1405, 1, 8), TEXTS_FA, PERSIAN)).isEqualTo("هفتهٔ ۱۴۰۵/۰۱/۰۸");
        assertThat(Buckets.label(DateBucket.JALALI_WEEK, jalali(1405, 1, 8), TEXTS_EN, ENGLISH)).isEqualTo("Week of 1405/01/08");
    }

    @Test
    void gregorianLabelsUseTheGregorianCalendarInTheReadersDigits() {
        LocalDate march = LocalDate.of(2026, 3, 1);
        assertThat(Buckets.label(DateBucket.GREGORIAN_MONTH, march, TEXTS_EN, ENGLISH)).isEqualTo("March 2026");
        assertThat(Buckets.label(DateBucket.GREGORIAN_MONTH, march, TEXTS_FA, PERSIAN)).isEqualTo("مارس ۲۰۲۶");
        assertThat(Buckets.label(DateBucket.GREGORIAN_QUARTER, LocalDate.of(2026, 4, 1), TEXTS_EN, ENGLISH)).isEqualTo("Q2 2026");
        assertThat(Buckets.label(DateBucket.GREGORIAN_QUARTER, LocalDate.of(2026, 4, 1), TEXTS_FA, PERSIAN_LATIN))
                .isEqualTo("سه‌ماههٔ دوم 2026");
        assertThat(Buckets.label(DateBucket.GREGORIAN_YEAR, march, TEXTS_FA, PERSIAN)).isEqualTo("۲۰۲۶");
        assertThat(Buckets.label(DateBucket.GREGORIAN_WEEK, LocalDate.of(2025, 12, 29), TEXTS_FA, PERSIAN))
                .isEqualTo("هفتهٔ ۲۰۲۵-۱۲-۲۹");
        assertThat(Buckets.label(DateBucket.GREGORIAN_WEEK, LocalDate.of(2025, 12, 29), TEXTS_EN, ENGLISH))
                .isEqualTo("Week of 2025-12-29");
    }

    @Test
    void aDayIsADateOfTheReadersCalendar() {
        LocalDate nowruz = LocalDate.of(2026, 3, 21);
        assertThat(Buckets.label(DateBucket.DAY, nowruz, TEXTS_FA, PERSIAN)).isEqualTo("۱۴۰۵/۰۱/۰۱");
        assertThat(Buckets.label(DateBucket.DAY, nowruz, TEXTS_EN, ENGLISH)).isEqualTo("2026-03-21");
        assertThat(Buckets.label(DateBucket.DAY, nowruz, TEXTS_FA, PERSIAN_LATIN)).isEqualTo("2026-03-21");
    }
}
