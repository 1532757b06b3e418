package org.peyvand.platform.workflow.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.testing.I18nFiles;

/** The calendar texts; the engine keeps its own in other files of the same folder. */
class I18nFilesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(calendar\\.[a-z]+\\.[a-zA-Z.]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(I18nFiles.texts("calendar_fa.properties").stringPropertyNames())
                .isEqualTo(I18nFiles.texts("calendar.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesHasAText() {
        Set<String> used = I18nFiles.keysInCode(KEY_IN_CODE, source -> true);
        assertThat(used).isNotEmpty();
        assertThat(I18nFiles.texts("calendar.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void persianTextsAreInPersianAndPatternsValid() {
        Properties persian = I18nFiles.texts("calendar_fa.properties");
        assertThat(I18nFiles.notInPersian(persian)).isEmpty();
        assertThat(I18nFiles.invalidPatterns(persian)).isEmpty();
        assertThat(I18nFiles.invalidPatterns(I18nFiles.texts("calendar.properties"))).isEmpty();
    }
}
