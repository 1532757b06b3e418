package org.peyvand.platform.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.testing.I18nFiles;

class I18nFilesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(notification\\.[a-zA-Z]+(?:\\.[a-zA-Z]+)*)\"");

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryKeyTheCodeUses() {
        Properties english = I18nFiles.texts("notification.properties");
        Set<String> used = I18nFiles.keysInCode(KEY_IN_CODE, source -> true);
        assertThat(used).contains("notification.error.unknownChannel", "notification.channel.inApp");
        assertThat(english.stringPropertyNames()).containsAll(used);
        assertThat(I18nFiles.texts("notification_fa.properties").stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    @Test
    void persianTextsArePersianAndEveryPatternIsValid() {
        assertThat(I18nFiles.notInPersian(I18nFiles.texts("notification_fa.properties"))).isEmpty();
        assertThat(I18nFiles.invalidPatterns(I18nFiles.texts("notification.properties"))).isEmpty();
        assertThat(I18nFiles.invalidPatterns(I18nFiles.texts("notification_fa.properties"))).isEmpty();
    }
}
