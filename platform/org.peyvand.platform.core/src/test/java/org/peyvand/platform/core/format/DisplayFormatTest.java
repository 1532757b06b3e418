package org.peyvand.platform.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peyvand.platform.core.calendar.CalendarSystem;

class DisplayFormatTest {

    private static final Locale PERSIAN = DisplayPreferences.PERSIAN;
    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final LocalDate NOWRUZ_1403 = LocalDate.of(2024, 3, 20);
    private static final String RTL_MINUS = "\u200E\u2212";

    private static final DisplayFormat FA = DisplayFormat.of(DisplayPreferences.defaults(PERSIAN));
    private static final DisplayFormat FA_TOMAN =
            format(PERSIAN, CalendarSystem.JALALI, DigitStyle.PERSIAN, MoneyUnit.TOMAN);
    private static final DisplayFormat FA_LATIN =
            format(PERSIAN, CalendarSystem.JALALI, DigitStyle.LATIN, MoneyUnit.RIAL);
    private static final DisplayFormat FA_GREGORIAN =
            format(PERSIAN, CalendarSystem.GREGORIAN, DigitStyle.PERSIAN, MoneyUnit.RIAL);
    private static final DisplayFormat EN = DisplayFormat.of(DisplayPreferences.defaults(ENGLISH));
    private static final DisplayFormat EN_TOMAN =
            format(ENGLISH, CalendarSystem.GREGORIAN, DigitStyle.LATIN, MoneyUnit.TOMAN);
    private static final DisplayFormat EN_JALALI =
            format(ENGLISH, CalendarSystem.JALALI, DigitStyle.LATIN, MoneyUnit.RIAL);

    private static DisplayFormat format(Locale locale, CalendarSystem calendar, DigitStyle digits, MoneyUnit unit) {
        return DisplayFormat.of(new DisplayPreferences(locale, calendar, digits, unit));
    }

    @Test
    void defaultsDependOnLanguage() {
        assertThat(DisplayPreferences.defaults(PERSIAN)).isEqualTo(
                new DisplayPreferences(PERSIAN, CalendarSystem.JALALI, DigitStyle.PERSIAN, MoneyUnit.RIAL));
        assertThat(DisplayPreferences.defaults(ENGLISH)).isEqualTo(
                new DisplayPreferences(ENGLISH, CalendarSystem.GREGORIAN, DigitStyle.LATIN, MoneyUnit.RIAL));
        assertThat(PERSIAN.getLanguage()).isEqualTo("fa");
        assertThat(PERSIAN.getCountry()).isEqualTo("IR");
        assertThat(DisplayPreferences.defaults(PERSIAN).rightToLeft()).isTrue();
        assertThat(DisplayPreferences.defaults(new Locale("fa")).rightToLeft()).isTrue();
        assertThat(DisplayPreferences.defaults(ENGLISH).rightToLeft()).isFalse();
    }

    @Test
    void formatsShortDates() {
        assertThat(FA.date(NOWRUZ_1403)).isEqualTo("۱۴۰۳/۰۱/۰۱");
        assertThat(FA_LATIN.date(NOWRUZ_1403)).isEqualTo("1403/01/01");
        assertThat(EN_JALALI.date(LocalDate.of(2024, 12, 31))).isEqualTo("1403/10/11");
        assertThat(EN.date(NOWRUZ_1403)).isEqualTo("2024-03-20");
        assertThat(FA_GREGORIAN.date(NOWRUZ_1403)).isEqualTo("۲۰۲۴-۰۳-۲۰");
        assertThat(FA.date(null)).isEmpty();
    }

    @Test
    void formatsLongDates() {
        assertThat(FA.dateLong(NOWRUZ_1403)).isEqualTo("۱ فروردین ۱۴۰۳");
        assertThat(FA.dateLong(LocalDate.of(2025, 3, 20))).isEqualTo("۳۰ اسفند ۱۴۰۳");
        assertThat(FA_LATIN.dateLong(NOWRUZ_1403)).isEqualTo("1 فروردین 1403");
        assertThat(EN_JALALI.dateLong(NOWRUZ_1403)).isEqualTo("1 Farvardin 1403");
        assertThat(EN.dateLong(NOWRUZ_1403)).isEqualTo("20 March 2024");
        assertThat(EN.dateLong(null)).isEmpty();
    }

    @Test
    void formatsDateTimesInTheGivenZone() {
        ZoneId tehran = ZoneId.of("Asia/Tehran");
        Instant noonInTehran = Instant.parse("2024-03-20T08:30:00Z");
        Instant justAfterMidnightInTehran = Instant.parse("2024-03-19T21:05:00Z");

        assertThat(FA.dateTime(noonInTehran, tehran)).isEqualTo("۱۴۰۳/۰۱/۰۱ ۱۲:۰۰");
        assertThat(FA.dateTime(justAfterMidnightInTehran, tehran)).isEqualTo("۱۴۰۳/۰۱/۰۱ ۰۰:۳۵");
        assertThat(EN.dateTime(justAfterMidnightInTehran, ZoneId.of("UTC"))).isEqualTo("2024-03-19 21:05");
        assertThat(EN.dateTime(null, tehran)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"۱۴۰۳/۰۱/۰۱", "1403/01/01", "1403/1/1", "١٤٠٣-٠١-٠١", " 1403-01-01 "})
    void parsesJalaliDatesInAnyDigits(String text) {
        assertThat(FA.parseDate(text)).isEqualTo(NOWRUZ_1403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-20", "۲۰۲۴-۰۳-۲۰", "2024/3/20", " 2024-3-20 "})
    void parsesGregorianDatesInAnyDigits(String text) {
        assertThat(EN.parseDate(text)).isEqualTo(NOWRUZ_1403);
    }

    @Test
    void parsesBlankDatesAsNull() {
        assertThat(FA.parseDate(null)).isNull();
        assertThat(FA.parseDate(" ")).isNull();
        assertThat(EN.parseDate("")).isNull();
    }

    @Test
    void rejectsInvalidDates() {
        assertThatThrownBy(() -> FA.parseDate("1403/13/01")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FA.parseDate("2024-03-20 extra")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> EN.parseDate("2023-02-29")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> EN.parseDate("20-03-2024")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> EN.parseDate("March 20")).isInstanceOf(DateTimeException.class);
    }

    @Test
    void parsesWhatItFormats() {
        for (DisplayFormat format : new DisplayFormat[] {FA, FA_LATIN, FA_GREGORIAN, EN, EN_JALALI}) {
            for (LocalDate day = LocalDate.of(2023, 1, 1); day.getYear() < 2026; day = day.plusDays(1)) {
                assertThat(format.parseDate(format.date(day))).isEqualTo(day);
            }
        }
    }

    @Test
    void formatsNumbersWithGroupSeparators() {
        assertThat(FA.number(125_000)).isEqualTo("۱۲۵٬۰۰۰");
        assertThat(FA.number(1_234_567)).isEqualTo("۱٬۲۳۴٬۵۶۷");
        assertThat(FA.number(999)).isEqualTo("۹۹۹");
        assertThat(FA.number(0)).isEqualTo("۰");
        assertThat(FA.number(-1_234_567)).isEqualTo(RTL_MINUS + "۱٬۲۳۴٬۵۶۷");
        assertThat(FA_LATIN.number(1_234_567)).isEqualTo("1,234,567");
        assertThat(EN.number(1_000)).isEqualTo("1,000");
        assertThat(EN.number(-1_234_567)).isEqualTo("-1,234,567");
        assertThat(EN.number(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808");
    }

    @Test
    void formatsDecimalsKeepingTheirScale() {
        assertThat(FA.decimal(new BigDecimal("1234567.50"))).isEqualTo("۱٬۲۳۴٬۵۶۷٫۵۰");
        assertThat(FA_LATIN.decimal(new BigDecimal("1234567.50"))).isEqualTo("1,234,567.50");
        assertThat(EN.decimal(new BigDecimal("-0.125"))).isEqualTo("-0.125");
        assertThat(EN.decimal(new BigDecimal("1.5E+4"))).isEqualTo("15,000");
        assertThat(EN.decimal(null)).isEmpty();
    }

    @Test
    void formatsMoneyInThePreferredUnit() {
        assertThat(FA.money(125_000)).isEqualTo("۱۲۵٬۰۰۰ ریال");
        assertThat(FA_TOMAN.money(125_000)).isEqualTo("۱۲٬۵۰۰ تومان");
        assertThat(FA_LATIN.money(125_000)).isEqualTo("125,000 ریال");
        assertThat(EN.money(125_000)).isEqualTo("125,000 Rial");
        assertThat(EN_TOMAN.money(125_000)).isEqualTo("12,500 Toman");
        assertThat(EN.money(0)).isEqualTo("0 Rial");
    }

    @Test
    void showsOneDecimalPlaceForPartialTomans() {
        assertThat(EN_TOMAN.money(12_345)).isEqualTo("1,234.5 Toman");
        assertThat(FA_TOMAN.money(12_345)).isEqualTo("۱٬۲۳۴٫۵ تومان");
        assertThat(EN_TOMAN.money(5)).isEqualTo("0.5 Toman");
    }

    @Test
    void keepsTheSignOfNegativeAmounts() {
        assertThat(EN.money(-125_000)).isEqualTo("-125,000 Rial");
        assertThat(EN_TOMAN.money(-12_345)).isEqualTo("-1,234.5 Toman");
        assertThat(FA.money(-125_000)).isEqualTo(RTL_MINUS + "۱۲۵٬۰۰۰ ریال");
        assertThat(FA_TOMAN.money(-12_345)).isEqualTo(RTL_MINUS + "۱٬۲۳۴٫۵ تومان");
    }

    @Test
    void parsesMoneyInThePreferredUnit() {
        assertThat(FA.parseMoney("۱۲۵٬۰۰۰ ریال")).isEqualTo(125_000);
        assertThat(FA.parseMoney("۱۲۵٬۰۰۰")).isEqualTo(125_000);
        assertThat(FA.parseMoney("١٢٥،٠٠٠ ريال")).isEqualTo(125_000);
        assertThat(FA.parseMoney("125000")).isEqualTo(125_000);
        assertThat(FA_TOMAN.parseMoney("۱۲٬۵۰۰ تومان")).isEqualTo(125_000);
        assertThat(FA_TOMAN.parseMoney("12,500")).isEqualTo(125_000);
        assertThat(FA_TOMAN.parseMoney("۱٬۲۳۴٫۵")).isEqualTo(12_345);
        assertThat(EN.parseMoney("125,000 Rial")).isEqualTo(125_000);
        assertThat(EN.parseMoney(" 125,000\u00A0IRR ")).isEqualTo(125_000);
        assertThat(EN_TOMAN.parseMoney("1,234.5 toman")).isEqualTo(12_345);
        assertThat(EN_TOMAN.parseMoney("-1,234.5")).isEqualTo(-12_345);
    }

    @Test
    void anExplicitUnitWinsOverThePreference() {
        assertThat(FA_TOMAN.parseMoney("۱۲۵٬۰۰۰ ریال")).isEqualTo(125_000);
        assertThat(FA.parseMoney("۱۲٬۵۰۰ تومان")).isEqualTo(125_000);
        assertThat(EN.parseMoney("12,500 Toman")).isEqualTo(125_000);
    }

    @Test
    void parsesWhatItFormatsAsMoney() {
        long[] amounts = {0, 5, 125_000, 12_345, -12_345, -125_000, 1_234_567_890_123L, Long.MAX_VALUE, Long.MIN_VALUE};
        for (DisplayFormat format : new DisplayFormat[] {FA, FA_TOMAN, FA_LATIN, EN, EN_TOMAN}) {
            for (long amount : amounts) {
                assertThat(format.parseMoney(format.money(amount))).as(format.money(amount)).isEqualTo(amount);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "12,34", "1,2345", "1.5 ریال", "1.25 Toman", "12 dollars",
            "99999999999999999999", "1,000,000,000,000,000,000 Toman", "--5", "5-", "1 000", "۱۲۵ ریال تومان"})
    void rejectsInvalidMoney(String text) {
        assertThatThrownBy(() -> FA.parseMoney(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNullMoneyWithAClearMessage() {
        assertThatThrownBy(() -> EN.parseMoney(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Amount of money is empty");
        assertThatThrownBy(() -> EN.parseMoney("1.5 Rial"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole number of rials");
        assertThatThrownBy(() -> EN.parseMoney("12 USD"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown money unit 'USD'");
    }

    @Test
    void moneyUnitsKnowTheirValueAndNames() {
        assertThat(MoneyUnit.RIAL.rialsPerUnit()).isEqualTo(1);
        assertThat(MoneyUnit.TOMAN.rialsPerUnit()).isEqualTo(10);
        assertThat(MoneyUnit.TOMAN.displayName(PERSIAN)).isEqualTo("تومان");
        assertThat(MoneyUnit.RIAL.displayName(Locale.GERMAN)).isEqualTo("Rial");
    }

    @Test
    void digitStringsFollowTheDigitPreference() {
        assertThat(FA.digits("+989121234567")).isEqualTo("+۹۸۹۱۲۱۲۳۴۵۶۷");
        assertThat(FA_LATIN.digits("0499370899")).isEqualTo("0499370899");
        assertThat(EN.digits("0499370899")).isEqualTo("0499370899");
        assertThat(FA.digits(null)).isEmpty();
    }
}
