package org.peyvand.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.format.DigitStyle;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.format.MoneyUnit;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldOption;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.LocalizedText;

class FieldTextTest {
    private static final DisplayFormat PERSIAN = DisplayFormat.of(DisplayPreferences.defaults(Locale.forLanguageTag("fa-IR")));
    private static final DisplayFormat ENGLISH = DisplayFormat.of(DisplayPreferences.defaults(Locale.ENGLISH));
    private static final DisplayFormat TOMAN = DisplayFormat.of(
            new DisplayPreferences(Locale.forLanguageTag("fa-IR"), CalendarSystem.JALALI, DigitStyle.PERSIAN, MoneyUnit.TOMAN));

    @Test
    void numbersShowInTheUsersDigitsAndReadBackFromAnyDigits() {
        assertThat(FieldText.show(FieldType.INTEGER, 1234567L, PERSIAN)).isEqualTo("۱٬۲۳۴٬۵۶۷");
        assertThat(FieldText.read(FieldType.INTEGER, "۱٬۲۳۴٬۵۶۷", PERSIAN)).isEqualTo(1234567L);
        assertThat(FieldText.read(FieldType.INTEGER, "1,234", ENGLISH)).isEqualTo(1234L);
        assertThat(FieldText.show(FieldType.DECIMAL, new BigDecimal("12.50"), PERSIAN)).isEqualTo("۱۲٫۵۰");
        assertThat(FieldText.read(FieldType.DECIMAL, "۱۲٫۵۰", PERSIAN)).isEqualTo(new BigDecimal("12.50"));
        assertThat(FieldText.read(FieldType.PERCENT, " 7.5 ", ENGLISH)).isEqualTo(new BigDecimal("7.5"));
    }

    @Test
    void textThatIsNoNumberGoesToTheServiceAsTyped() {
        assertThat(FieldText.read(FieldType.INTEGER, " ۱۲ الف ", PERSIAN)).isEqualTo("۱۲ الف");
        assertThat(FieldText.read(FieldType.INTEGER, "12.5", ENGLISH)).isEqualTo("12.5");
        assertThat(FieldText.read(FieldType.MONEY, "lots", ENGLISH)).isEqualTo("lots");
        assertThat(FieldText.read(FieldType.DECIMAL, "  ", ENGLISH)).isNull();
    }

    @Test
    void moneyIsStoredInRialsAndShownInTheUsersUnit() {
        assertThat(FieldText.show(FieldType.MONEY, 1_250_000L, PERSIAN)).isEqualTo("۱٬۲۵۰٬۰۰۰ ریال");
        assertThat(FieldText.show(FieldType.MONEY, 1_250_000L, TOMAN)).isEqualTo("۱۲۵٬۰۰۰ تومان");
        assertThat(FieldText.read(FieldType.MONEY, "۱۲۵٬۰۰۰ تومان", TOMAN)).isEqualTo(1_250_000L);
        assertThat(FieldText.read(FieldType.MONEY, "۱۲۵۰۰۰", TOMAN)).isEqualTo(1_250_000L);
        assertThat(FieldText.read(FieldType.MONEY, "125000 Rial", TOMAN)).isEqualTo(125_000L);
    }

    @Test
    void codesAndPhonesShowInTheUsersDigitsAndTextStaysAsTyped() {
        assertThat(FieldText.show(FieldType.PHONE, "+989121234567", PERSIAN)).isEqualTo("+۹۸۹۱۲۱۲۳۴۵۶۷");
        assertThat(FieldText.show(FieldType.NATIONAL_ID, "0012345678", ENGLISH)).isEqualTo("0012345678");
        assertThat(FieldText.read(FieldType.NATIONAL_ID, " ۰۰۱۲۳۴۵۶۷۸ ", PERSIAN)).isEqualTo("۰۰۱۲۳۴۵۶۷۸");
        assertThat(FieldText.read(FieldType.TEXT, "  شرکت نمونه ", PERSIAN)).isEqualTo("شرکت نمونه");
    }

    @Test
    void computedValuesShowAsTheirType() {
        assertThat(FieldText.show(FieldType.COMPUTED, new BigDecimal("1500.5"), PERSIAN)).isEqualTo("۱٬۵۰۰٫۵");
        assertThat(FieldText.show(FieldType.COMPUTED, "متن", PERSIAN)).isEqualTo("متن");
        assertThat(FieldText.show(FieldType.DATE, LocalDate.of(2024, 3, 20), PERSIAN)).isEqualTo("۱۴۰۳/۰۱/۰۱");
        assertThat(FieldText.show(FieldType.DATE_TIME, Instant.parse("2024-03-20T05:00:00Z"), ENGLISH)).isEqualTo("2024-03-20 08:30");
    }

    @Test
    void choicesKeepTheDefinitionsOrder() {
        assertThat(FieldText.choices(tier(FieldType.MULTI_SELECT), Set.of("silver", "gold"))).containsExactly("gold", "silver");
        assertThat(FieldText.choices(tier(FieldType.MULTI_SELECT), Set.of())).isNull();
    }

    private static FieldDefinition field(FieldType type) {
        return FieldDefinition.of("value", type, LocalizedText.of("مقدار", "Value"));
    }

    private static FieldDefinition tier(FieldType type) {
        return field(type).withOptions(List.of(new FieldOption("gold", LocalizedText.of("طلایی", "Gold")),
                new FieldOption("silver", LocalizedText.of("نقره‌ای", "Silver"))));
    }
}
