package org.peyvand.module.tickets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.testing.I18nFiles;

class I18nFilesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(tickets\\.[a-z]+(\\.[a-zA-Z]+)*)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(I18nFiles.texts("tickets_fa.properties").stringPropertyNames())
                .isEqualTo(I18nFiles.texts("tickets.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesHasAText() {
        Properties english = I18nFiles.texts("tickets.properties");
        // permission ids look like keys but are labelled by the permissions descriptor
        Set<String> used = I18nFiles.keysInCode(KEY_IN_CODE, source -> !source.endsWith("Permissions.java"));
        assertThat(used).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void persianTextsAreInPersianAndPatternsAreValid() {
        assertThat(I18nFiles.notInPersian(I18nFiles.texts("tickets_fa.properties"))).isEmpty();
        assertThat(I18nFiles.invalidPatterns(I18nFiles.texts("tickets.properties"))).isEmpty();
        assertThat(I18nFiles.invalidPatterns(I18nFiles.texts("tickets_fa.properties"))).isEmpty();
    }
}
