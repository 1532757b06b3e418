package org.peyvand.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldOption;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.LocalizedText;

class FieldDisplayTest {
    private static final Locale FA = Locale.forLanguageTag("fa-IR");
    private static final DisplayFormat PERSIAN = DisplayFormat.of(DisplayPreferences.defaults(FA));
    private static final DisplayFormat ENGLISH = DisplayFormat.of(DisplayPreferences.defaults(Locale.ENGLISH));
    private static final FieldDefinition OUTCOME = FieldDefinition.of("outcome", FieldType.SELECT, LocalizedText.of("نتیجه", "Outcome"))
            .withOptions(List.of(new FieldOption("won", LocalizedText.of("موفق", "Won")), new FieldOption("lost", LocalizedText.of("ناموفق", null))));

    @Test
    void choicesShowTheirLabelsInTheUsersLanguage() {
        assertThat(FieldDisplay.text(OUTCOME, "won", new Texts(FA), PERSIAN)).isEqualTo("موفق");
        assertThat(FieldDisplay.text(OUTCOME, "won", new Texts(Locale.ENGLISH), ENGLISH)).isEqualTo("Won");
        // a label missing in one language falls back to the other, an unknown value shows as stored
        assertThat(FieldDisplay.text(OUTCOME, "lost", new Texts(Locale.ENGLISH), ENGLISH)).isEqualTo("ناموفق");
        assertThat(FieldDisplay.text(OUTCOME, "gone", new Texts(FA), PERSIAN)).isEqualTo("gone");
        FieldDefinition many = FieldDefinition.of("tags", FieldType.MULTI_SELECT, null).withOptions(OUTCOME.options());
        assertThat(FieldDisplay.text(many, List.of("won", "lost"), new Texts(FA), PERSIAN)).isEqualTo("موفق، ناموفق");
    }

    @Test
    void datesNumbersAndFlagsFollowTheUsersSettings() {
        FieldDefinition day = FieldDefinition.of("visitDate", FieldType.DATE, null);
        assertThat(FieldDisplay.text(day, LocalDate.of(2025, 3, 21), new Texts(FA), PERSIAN)).isEqualTo("۱۴۰۴/۰۱/۰۱");
        assertThat(FieldDisplay.text(day, LocalDate.of(2025, 3, 21), new Texts(Locale.ENGLISH), ENGLISH)).isEqualTo("2025-03-21");
        FieldDefinition count = FieldDefinition.of("count", FieldType.INTEGER, null);
        assertThat(FieldDisplay.text(count, 1200L, new Texts(FA), PERSIAN)).isEqualTo("۱٬۲۰۰");
        FieldDefinition flag = FieldDefinition.of("done", FieldType.BOOLEAN, null);
        assertThat(FieldDisplay.text(flag, Boolean.TRUE, new Texts(FA), PERSIAN)).isEqualTo("kit.value.yes");
        assertThat(FieldDisplay.text(flag, Boolean.FALSE, new Texts(FA), PERSIAN)).isEqualTo("kit.value.no");
        assertThat(FieldDisplay.text(flag, null, new Texts(FA), PERSIAN)).isEmpty();
    }

    /** Texts are their keys. */
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
        public String describe(FieldError error, String fieldLabelKey) {
            return fieldLabelKey;
        }
    }
}
