package org.peyvand.platform.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.testing.I18nFiles;

class I18nFilesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(shell\\.[a-z]+\\.[a-zA-Z]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryKeyTheCodeUses() {
        Properties english = I18nFiles.texts("shell.properties");
        assertThat(I18nFiles.texts("shell_fa.properties").stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).containsAll(I18nFiles.keysInCode(KEY_IN_CODE, source -> true)).isNotEmpty();
    }

    @Test
    void persianTextsAreInPersianAndEveryPatternFormats() {
        assertThat(I18nFiles.notInPersian(I18nFiles.texts("shell_fa.properties"))).isEmpty();
        assertThat(I18nFiles.invalidPatterns(I18nFiles.texts("shell.properties"))).isEmpty();
        assertThat(I18nFiles.invalidPatterns(I18nFiles.texts("shell_fa.properties"))).isEmpty();
    }
}
