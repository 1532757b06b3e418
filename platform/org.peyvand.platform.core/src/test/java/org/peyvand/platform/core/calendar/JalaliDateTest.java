package org.peyvand.platform.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JalaliDateTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "1398/01/01, 2019-03-21",
            "1399/01/01, 2020-03-20",
            "1399/12/30, 2021-03-20",
            "1400/01/01, 2021-03-21",
            "1402/12/29, 2024-03-19",
            "1403/01/01, 2024-03-20",
            "1403/12/30, 2025-03-20",
            "1404/01/01, 2025-03-21",
            "1357/11/22, 1979-02-11",
            "1348/10/11, 1970-01-01",
    })
    void convertsKnownDates(String jalali, LocalDate gregorian) {
        JalaliDate date = JalaliDate.parse(jalali);

        assertThat(date.toLocalDate()).isEqualTo(gregorian);
        assertThat(JalaliDate.from(gregorian)).isEqualTo(date);
    }

    @Test
    void knowsLeapYears() {
        assertThat(JalaliDate.isLeapYear(1399)).isTrue();
        assertThat(JalaliDate.isLeapYear(1400)).isFalse();
        assertThat(JalaliDate.isLeapYear(1402)).isFalse();
        assertThat(JalaliDate.isLeapYear(1403)).isTrue();
        assertThat(JalaliDate.isLeapYear(1404)).isFalse();
    }

    @Test
    void leapYearsAreThoseWithThreeHundredSixtySixDays() {
        for (int year = 1300; year <= 1500; year++) {
            long days = JalaliDate.of(year, 1, 1).toLocalDate()
                    .until(JalaliDate.of(year + 1, 1, 1).toLocalDate(), ChronoUnit.DAYS);
            assertThat(days).as("length of year %d", year).isEqualTo(JalaliDate.isLeapYear(year) ? 366 : 365);
        }
    }

    @Test
    void monthLengths() {
        assertThat(IntStream.rangeClosed(1, 12).map(month -> JalaliDate.of(1403, month, 1).lengthOfMonth()))
                .containsExactly(31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30);
        assertThat(JalaliDate.of(1402, 12, 1).lengthOfMonth()).isEqualTo(29);
    }

    @Test
    void roundTripsEveryDayAndAdvancesOneJalaliDayAtATime() {
        LocalDate start = LocalDate.of(2015, 1, 1);
        LocalDate end = LocalDate.of(2031, 1, 1);
        JalaliDate previous = JalaliDate.from(start.minusDays(1));
        for (LocalDate day = start; day.isBefore(end); day = day.plusDays(1)) {
            JalaliDate jalali = JalaliDate.from(day);

            assertThat(jalali.toLocalDate()).isEqualTo(day);
            assertThat(JalaliDate.of(jalali.year(), jalali.month(), jalali.day())).isEqualTo(jalali);
            assertThat(jalali).as("day after %s", previous).isEqualTo(nextDay(previous));
            previous = jalali;
        }
    }

    @Test
    void nowruzFallsOnTheMarchEquinox() {
        for (int year = 1380; year <= 1420; year++) {
            LocalDate nowruz = JalaliDate.of(year, 1, 1).toLocalDate();
            assertThat(nowruz.getMonthValue()).isEqualTo(3);
            assertThat(nowruz.getDayOfMonth()).isBetween(19, 22);
        }
    }

    @Test
    void convertsConsistentlyFromManyThreads() {
        List<LocalDate> days = IntStream.range(0, 20_000)
                .mapToObj(i -> LocalDate.of(2000, 1, 1).plusDays(i))
                .collect(Collectors.toList());
        List<JalaliDate> sequential = days.stream().map(JalaliDate::from).collect(Collectors.toList());

        List<JalaliDate> parallel = days.parallelStream().map(JalaliDate::from).collect(Collectors.toList());
        List<LocalDate> back = parallel.parallelStream().map(JalaliDate::toLocalDate).collect(Collectors.toList());

        assertThat(parallel).isEqualTo(sequential);
        assertThat(back).isEqualTo(days);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1403/01/01", "1403/1/1", "1403-01-01", "1403-1-01", " 1403/01/01\t",
            "۱۴۰۳/۰۱/۰۱", "١٤٠٣/٠١/٠١", " ۱۴۰۳-۱-۱ "})
    void parsesAcceptedForms(String text) {
        assertThat(JalaliDate.parse(text)).isEqualTo(JalaliDate.of(1403, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1403/13/01", "1403/00/01", "1403/07/31", "1403/01/00", "1402/12/30", "abc", "1403/01",
            "", "14030101", "1403/01-01", "03/01/01", "1403/001/01", "1403/01/01/01", "0000/01/01"})
    void rejectsInvalidText(String text) {
        assertThatThrownBy(() -> JalaliDate.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void rejectsInvalidFields() {
        assertThatThrownBy(() -> JalaliDate.of(1403, 13, 1))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("month 13");
        assertThatThrownBy(() -> JalaliDate.of(1403, 7, 31))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("1403/07/31");
        assertThatThrownBy(() -> JalaliDate.of(1402, 12, 30))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("between 1 and 29");
        assertThatThrownBy(() -> JalaliDate.of(0, 1, 1))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("year 0");
        assertThatThrownBy(() -> JalaliDate.from(LocalDate.of(600, 1, 1)))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("outside");
    }

    @Test
    void supportsTheWholeRangeOfYears() {
        JalaliDate first = JalaliDate.of(JalaliDate.MIN_YEAR, 1, 1);
        assertThat(JalaliDate.from(first.toLocalDate())).isEqualTo(first);
        assertThat(first.toLocalDate().getYear()).isEqualTo(622);
        assertThatThrownBy(() -> first.plusDays(-1)).isInstanceOf(DateTimeException.class);
        int lastDay = JalaliDate.of(JalaliDate.MAX_YEAR, 12, 1).lengthOfMonth();
        JalaliDate last = JalaliDate.of(JalaliDate.MAX_YEAR, 12, lastDay);
        assertThat(JalaliDate.from(last.toLocalDate())).isEqualTo(last);
        assertThatThrownBy(() -> last.plusDays(1)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void printsAsciiDigitsWhateverTheDefaultLocale() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("fa-IR"));
            assertThat(JalaliDate.of(1403, 1, 1)).hasToString("1403/01/01");
            assertThat(JalaliDate.of(987, 10, 9)).hasToString("0987/10/09");
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void namesMonthsInPersianOrTransliterated() {
        Locale persian = Locale.forLanguageTag("fa-IR");
        assertThat(IntStream.rangeClosed(1, 12).mapToObj(month -> JalaliDate.of(1403, month, 1).monthName(persian)))
                .containsExactly("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
                        "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند");
        assertThat(IntStream.rangeClosed(1, 12)
                .mapToObj(month -> JalaliDate.of(1403, month, 1).monthName(Locale.ENGLISH)))
                .containsExactly("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
                        "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand");
        assertThat(JalaliDate.of(1403, 9, 1).monthName(new Locale("fa"))).isEqualTo("آذر");
    }

    @Test
    void addsDaysAcrossNowruz() {
        assertThat(JalaliDate.of(1402, 12, 29).plusDays(1)).isEqualTo(JalaliDate.of(1403, 1, 1));
        assertThat(JalaliDate.of(1403, 12, 29).plusDays(1)).isEqualTo(JalaliDate.of(1403, 12, 30));
        assertThat(JalaliDate.of(1403, 12, 30).plusDays(1)).isEqualTo(JalaliDate.of(1404, 1, 1));
        assertThat(JalaliDate.of(1404, 1, 1).plusDays(-1)).isEqualTo(JalaliDate.of(1403, 12, 30));
        assertThat(JalaliDate.of(1403, 1, 1).plusDays(366)).isEqualTo(JalaliDate.of(1404, 1, 1));
    }

    @Test
    void comparesAndEqualsByFields() {
        JalaliDate date = JalaliDate.of(1403, 6, 31);

        assertThat(date).isEqualTo(JalaliDate.of(1403, 6, 31)).hasSameHashCodeAs(JalaliDate.of(1403, 6, 31));
        assertThat(date).isNotEqualTo(JalaliDate.of(1403, 7, 1));
        assertThat(date).isLessThan(JalaliDate.of(1403, 7, 1))
                .isGreaterThan(JalaliDate.of(1403, 6, 30))
                .isGreaterThan(JalaliDate.of(1402, 12, 29))
                .isEqualByComparingTo(JalaliDate.of(1403, 6, 31));
        assertThat(List.of(date.year(), date.month(), date.day())).containsExactly(1403, 6, 31);
    }

    private static JalaliDate nextDay(JalaliDate date) {
        if (date.day() < date.lengthOfMonth()) {
            return JalaliDate.of(date.year(), date.month(), date.day() + 1);
        }
        if (date.month() < 12) {
            return JalaliDate.of(date.year(), date.month() + 1, 1);
        }
        return JalaliDate.of(date.year() + 1, 1, 1);
    }
}
