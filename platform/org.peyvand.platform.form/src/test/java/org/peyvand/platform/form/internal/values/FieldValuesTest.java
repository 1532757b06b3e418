package org.peyvand.platform.form.internal.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldOption;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.LocalizedText;

class FieldValuesTest {
    private static final List<FieldOption> TIERS = List.of(new FieldOption("gold", LocalizedText.of("طلایی", "Gold")),
            new FieldOption("silver", LocalizedText.of("نقره‌ای", "Silver")));

    @Test
    void defaultsStartNewRecordsAsInputWouldBeRead() {
        assertEquals(LocalDate.of(2024, 3, 20), field(FieldType.DATE).withDefault("1403/01/01").startValue());
        assertEquals(LocalDate.of(2024, 3, 20), field(FieldType.DATE).withDefault("2024-03-20").startValue());
        assertEquals(Instant.parse("2024-03-20T05:00:00Z"), field(FieldType.DATE_TIME).withDefault("2024-03-20T08:30").startValue());
        assertEquals(42L, field(FieldType.INTEGER).withDefault("۴۲").startValue());
        assertEquals(Boolean.TRUE, field(FieldType.BOOLEAN).withDefault("true").startValue());
        assertEquals("gold", field(FieldType.SELECT).withOptions(TIERS).withDefault("طلایی").startValue());
        assertEquals(List.of("silver", "gold"), field(FieldType.MULTI_SELECT).withOptions(TIERS).withDefault("silver|gold").startValue());
        assertNull(field(FieldType.SELECT).withOptions(TIERS).withDefault("bronze").startValue());
        assertNull(field(FieldType.DATE).withDefault("not a date").startValue());
        assertNull(field(FieldType.TEXT).startValue());
    }

    private static FieldDefinition field(FieldType type) {
        return FieldDefinition.of("f", type, LocalizedText.of("ف", "F"));
    }

    private static String refusal(FieldDefinition field, Object raw) {
        return assertThrows(InvalidValue.class, () -> FieldValues.parse(field, raw)).messageKey();
    }

    @Test
    void numbersAcceptPersianDigitsAndSeparators() {
        assertEquals(1_250_000L, FieldValues.parse(field(FieldType.MONEY), "۱٬۲۵۰٬۰۰۰"));
        assertEquals(42L, FieldValues.parse(field(FieldType.INTEGER), "٤٢"));
        assertEquals(new BigDecimal("12.5"), FieldValues.parse(field(FieldType.DECIMAL), "12.5"));
        assertEquals(new BigDecimal("3.25"), FieldValues.parse(field(FieldType.PERCENT), "۳٫۲۵"));
        assertEquals("form.error.wholeNumber", refusal(field(FieldType.INTEGER), "1.5"));
        assertEquals("core.error.invalidNumber", refusal(field(FieldType.DECIMAL), "دوازده"));
    }

    @Test
    void numberRangesAreEnforced() {
        FieldDefinition discount = field(FieldType.PERCENT).withRange(BigDecimal.ZERO, new BigDecimal("100"));
        assertEquals("form.error.max", refusal(discount, "100.5"));
        assertEquals("form.error.min", refusal(discount, "-1"));
        assertEquals(new BigDecimal("100"), FieldValues.parse(discount, 100));
    }

    @Test
    void datesAreJalaliOrIso() {
        assertEquals(LocalDate.of(2025, 3, 21), FieldValues.parse(field(FieldType.DATE), "۱۴۰۴/۰۱/۰۱"));
        assertEquals(LocalDate.of(2026, 11, 22), FieldValues.parse(field(FieldType.DATE), "2026-11-22"));
        assertEquals("core.error.invalidDate", refusal(field(FieldType.DATE), "1403/12/31"));
        FieldDefinition since = field(FieldType.DATE).withDateRange("2020-01-01", null);
        assertEquals("form.error.minDate", refusal(since, "2019-12-31"));
    }

    @Test
    void dateTimesWithoutOffsetAreIranTime() {
        assertEquals(Instant.parse("2026-11-22T06:30:00Z"), FieldValues.parse(field(FieldType.DATE_TIME), "2026-11-22T10:00:00"));
        assertEquals(Instant.parse("2026-11-22T10:00:00Z"), FieldValues.parse(field(FieldType.DATE_TIME), "2026-11-22T10:00:00Z"));
    }

    @Test
    void choicesAreValuesOrTheirLabels() {
        FieldDefinition tier = field(FieldType.SELECT).withOptions(TIERS);
        assertEquals("gold", FieldValues.parse(tier, "gold"));
        assertEquals("silver", FieldValues.parse(tier, "نقره ای"));
        assertEquals("silver", FieldValues.parse(tier, "Silver"));
        assertEquals("form.error.option", refusal(tier, "bronze"));
        FieldDefinition tiers = field(FieldType.MULTI_SELECT).withOptions(TIERS);
        assertEquals(List.of("gold", "silver"), FieldValues.parse(tiers, "gold|Silver"));
        assertEquals(List.of("silver"), FieldValues.parse(tiers, List.of("silver", "silver")));
    }

    @Test
    void identifiersAreCheckedAndNormalised() {
        assertEquals("0013542419", FieldValues.parse(field(FieldType.NATIONAL_ID), "۰۰۱۳۵۴۲۴۱۹"));
        assertEquals("core.error.nationalCode", refusal(field(FieldType.NATIONAL_ID), "0013542418"));
        assertEquals("+982188776655", FieldValues.parse(field(FieldType.PHONE), "021-88776655"));
        assertEquals("sara@example.com", FieldValues.parse(field(FieldType.EMAIL), "Sara@Example.com"));
        assertEquals("core.error.url", refusal(field(FieldType.URL), "javascript:alert(1)"));
        assertEquals(Boolean.TRUE, FieldValues.parse(field(FieldType.BOOLEAN), "بله"));
        assertEquals("form.error.boolean", refusal(field(FieldType.BOOLEAN), "maybe"));
    }

    @Test
    void textsKeepTheirLengthAndPattern() {
        FieldDefinition code = field(FieldType.TEXT).withText(6, "[A-Z]{2}-\\d{3}");
        assertEquals("AB-123", FieldValues.parse(code, " AB-123 "));
        assertEquals("form.error.pattern", refusal(code, "ab-123"));
        assertEquals("core.error.tooLong", refusal(code, "ABC-1234"));
        assertNull(FieldValues.parse(code, "  "));
    }

    @Test
    void aPatternThatBacktracksForeverIsCutOff() {
        FieldDefinition evil = field(FieldType.LONG_TEXT).withText(4000, "(.*a){20}");
        long started = System.nanoTime();
        assertEquals("form.error.patternTooSlow", refusal(evil, "a".repeat(30) + "!"));
        assertEquals(true, System.nanoTime() - started < 2_000_000_000L);
    }
}
