package org.peyvand.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.testing.I18nFiles;

import com.ibm.icu.text.MessageFormat;

class I18nFilesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(security\\.[a-z]+\\.[a-zA-Z]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryKeyTheCodeUses() {
        Properties english = I18nFiles.texts("security.properties");
        assertThat(I18nFiles.texts("security_fa.properties").stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).containsAll(I18nFiles.keysInCode(KEY_IN_CODE, source -> true));
    }

    @Test
    void persianTextsAreInPersianAndEveryPatternFormats() {
        assertThat(I18nFiles.notInPersian(I18nFiles.texts("security_fa.properties"))).isEmpty();
        assertThat(I18nFiles.invalidPatterns(I18nFiles.texts("security.properties"))).isEmpty();
        assertThat(I18nFiles.invalidPatterns(I18nFiles.texts("security_fa.properties"))).isEmpty();
    }

    @Test
    void countsAgreeWithTheirNouns() {
        String pattern = I18nFiles.texts("security.properties").getProperty("security.error.unitNotEmpty");
        assertThat(new MessageFormat(pattern).format(new Object[] {1L, 3L}))
                .isEqualTo("This unit still has 1 sub-unit and 3 members; move them first.");
    }
}
