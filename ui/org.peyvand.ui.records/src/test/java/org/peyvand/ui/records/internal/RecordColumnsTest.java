package org.peyvand.ui.records.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.CustomRecord;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.LocalizedText;

class RecordColumnsTest {
    private static final Locale FA = Locale.forLanguageTag("fa-IR");
    private static final List<FieldDefinition> FIELDS = List.of(
            FieldDefinition.of("notes", FieldType.LONG_TEXT, null),
            FieldDefinition.of("subject", FieldType.TEXT, null),
            FieldDefinition.of("visitDate", FieldType.DATE, null),
            FieldDefinition.of("old", FieldType.TEXT, null).withRemoved(true),
            FieldDefinition.of("email", FieldType.EMAIL, null),
            FieldDefinition.of("score", FieldType.INTEGER, null),
            FieldDefinition.of("photo", FieldType.IMAGE, null),
            FieldDefinition.of("done", FieldType.BOOLEAN, null));

    @Test
    void theDesignersColumnsInTheirOrderLeavingOutRemovedFields() {
        FormDefinition form = form(List.of("visitDate", "old", "subject"));
        assertThat(RecordColumns.of(form)).extracting(FieldDefinition::name).containsExactly("visitDate", "subject");
    }

    @Test
    void withoutChosenColumnsTheFirstFieldsThatFitACell() {
        assertThat(RecordColumns.of(form(List.of()))).extracting(FieldDefinition::name)
                .containsExactly("subject", "visitDate", "email", "score");
        assertThat(RecordColumns.leftToRight(FIELDS.get(4))).isTrue();
        assertThat(RecordColumns.leftToRight(FIELDS.get(1))).isFalse();
    }

    @Test
    void aRecordIsNamedByItsFirstFilledColumnOrItsNumber() {
        FormDefinition form = form(List.of("subject", "visitDate"));
        DisplayFormat persian = DisplayFormat.of(DisplayPreferences.defaults(FA));
        Messages texts = new Texts(FA);
        assertThat(RecordColumns.name(form, record(Map.of("subject", "بازدید دوره‌ای")), texts, persian)).isEqualTo("بازدید دوره‌ای");
        assertThat(RecordColumns.name(form, record(Map.of("visitDate", LocalDate.of(2025, 3, 21))), texts, persian))
                .isEqualTo("۱۴۰۴/۰۱/۰۱");
        assertThat(RecordColumns.name(form, record(Map.of()), texts, persian)).isEqualTo("#۴۲");
    }

    private static CustomRecord record(Map<String, Object> values) {
        return new CustomRecord(42, "custom.visit", "admin", Instant.EPOCH, Instant.EPOCH, 1, values);
    }

    private static FormDefinition form(List<String> columns) {
        return new FormDefinition("custom.visit", FormKind.RECORD_TYPE, null, LocalizedText.of("بازدید", "Visit"), FIELDS, List.of(),
                columns, null, 1);
    }

    private record Texts(Locale locale) implements Messages {
        @Override
        public String get(String key, Object... args) {
            return key;
        }

        @Override
        public Optional<String> find(String key, Object... args) {
            return Optional.of(key);
        }

        @Override
        public String describe(FieldError error, String fieldLabel) {
            return fieldLabel;
        }
    }
}
