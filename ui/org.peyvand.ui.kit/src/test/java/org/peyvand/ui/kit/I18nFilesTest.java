package org.peyvand.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.report.ExportJob;
import org.peyvand.platform.testing.I18nFiles;

class I18nFilesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(kit\\.[a-zA-Z]+(?:\\.[a-zA-Z]+)*)\"");

    private static Properties load(String file) {
        return I18nFiles.texts(file);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(load("kit_fa.properties").stringPropertyNames()).isEqualTo(load("kit.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesHasATextAndEveryKeyIsPrefixed() {
        Properties english = load("kit.properties");
        Set<String> used = I18nFiles.keysInCode(KEY_IN_CODE, source -> true);
        assertThat(used).contains("kit.form.customFields", "kit.form.noFiles");
        assertThat(english.stringPropertyNames()).containsAll(used).allMatch(key -> key.startsWith("kit."));
    }

    @Test
    void everyExportStateHasAText() {
        assertThat(load("kit.properties").stringPropertyNames())
                .containsAll(Arrays.stream(ExportJob.State.values()).map(state -> "kit.export.state." + state.name()).toList());
    }

    @Test
    void persianTextsAreInPersian() {
        assertThat(I18nFiles.notInPersian(load("kit_fa.properties"))).isEmpty();
        assertThat(load("kit_fa.properties").getProperty("kit.form.customFields")).isEqualTo("فیلدهای سفارشی");
    }

    @Test
    void everyPatternIsAValidMessageFormat() {
        assertThat(I18nFiles.invalidPatterns(load("kit.properties"))).isEmpty();
        assertThat(I18nFiles.invalidPatterns(load("kit_fa.properties"))).isEmpty();
    }
}
