package org.peyvand.ui.records.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.testing.I18nFiles;

class I18nFilesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(records\\.[a-zA-Z]+(?:\\.[a-zA-Z]+)*)\"");

    private static Properties load(String file) {
        return I18nFiles.texts(file);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(load("records_fa.properties").stringPropertyNames()).isEqualTo(load("records.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesHasATextAndEveryKeyIsPrefixed() {
        Properties english = load("records.properties");
        Set<String> used = I18nFiles.keysInCode(KEY_IN_CODE, source -> true);
        assertThat(used).contains("records.count", "records.submit");
        assertThat(english.stringPropertyNames()).containsAll(used).allMatch(key -> key.startsWith("records."));
    }

    @Test
    void persianTextsAreInPersian() {
        assertThat(I18nFiles.notInPersian(load("records_fa.properties"))).isEmpty();
    }

    @Test
    void everyPatternIsAValidMessageFormat() {
        assertThat(I18nFiles.invalidPatterns(load("records.properties"))).isEmpty();
        assertThat(I18nFiles.invalidPatterns(load("records_fa.properties"))).isEmpty();
    }
}
