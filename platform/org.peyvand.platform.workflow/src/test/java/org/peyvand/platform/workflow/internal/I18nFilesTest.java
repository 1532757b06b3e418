package org.peyvand.platform.workflow.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.testing.I18nFiles;

class I18nFilesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(workflow\\.[a-z]+\\.[a-zA-Z.]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(I18nFiles.texts("workflow.properties").stringPropertyNames(), I18nFiles.texts("workflow_fa.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesHasAText() {
        Set<String> used = I18nFiles.keysInCode(KEY_IN_CODE, source -> true);
        assertFalse(used.isEmpty());
        Set<String> missing = new HashSet<>(used);
        missing.removeAll(I18nFiles.texts("workflow.properties").stringPropertyNames());
        assertEquals(Set.of(), missing);
    }

    @Test
    void persianTextsAreInPersianAndPatternsValid() {
        Properties persian = I18nFiles.texts("workflow_fa.properties");
        assertEquals(Set.of(), Set.copyOf(I18nFiles.notInPersian(persian)));
        assertTrue(I18nFiles.invalidPatterns(persian).isEmpty());
        assertTrue(I18nFiles.invalidPatterns(I18nFiles.texts("workflow.properties")).isEmpty());
    }
}
