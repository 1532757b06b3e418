package org.peyvand.module.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {

    @ParameterizedTest
    @CsvSource({
            "1990-08-03, 1990-08-03",
            "1990/8/3, 1990-08-03",
            "1369/05/12, 1990-08-03",
            "1369-5-12, 1990-08-03",
            "۱۳۶۹/۰۵/۱۲, 1990-08-03",
            "١٣٦٩/٠٥/١٢, 1990-08-03",
            "1403/01/01, 2024-03-20",
            "1699/01/01, 2320-03-21",
            "1700/01/01, 1700-01-01"})
    void readsIsoAndJalaliDatesInAnyDigits(String text, LocalDate expected) {
        assertThat(DateText.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1369/13/01", "1369/12/30", "1990-02-30", "90-08-03", "1990/08-03", "tomorrow", "1369/05/12 10:00"})
    void refusesWhatIsNotADate(String text) {
        assertThat(DateText.parse(text)).isEmpty();
    }
}
