package org.peyvand.ui.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.marketplace.CatalogKind;
import org.peyvand.platform.marketplace.InstallJob;
import org.peyvand.platform.marketplace.Maturity;
import org.peyvand.platform.testing.I18nFiles;

class I18nFilesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(marketplace\\.ui\\.[a-zA-Z]+(?:\\.[a-zA-Z]+)*)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(I18nFiles.texts("marketplace-ui_fa.properties").stringPropertyNames())
                .isEqualTo(I18nFiles.texts("marketplace-ui.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesHasAText() {
        Set<String> used = I18nFiles.keysInCode(KEY_IN_CODE, source -> true);
        assertThat(used).contains("marketplace.ui.menu", "marketplace.ui.install");
        assertThat(I18nFiles.texts("marketplace-ui.properties").stringPropertyNames()).containsAll(used)
                .allMatch(key -> key.startsWith("marketplace.ui."));
    }

    @Test
    void everyTextBuiltFromANameHasOne() {
        List<String> keys = new ArrayList<>();
        for (Maturity maturity : Maturity.values()) {
            keys.add("marketplace.ui.maturity." + maturity.name());
        }
        for (CatalogKind kind : CatalogKind.values()) {
            keys.add("marketplace.ui.kind." + kind.name());
        }
        for (CatalogKind kind : List.of(CatalogKind.FOLDER, CatalogKind.REMOTE)) {
            keys.add("marketplace.ui.kindHint." + kind.name());
        }
        for (InstallJob.Action action : InstallJob.Action.values()) {
            keys.add("marketplace.ui.job.done." + action.name());
        }
        for (AddonsTab.Shown shown : AddonsTab.Shown.values()) {
            keys.add("marketplace.ui.shown." + shown.name());
        }
        for (String field : List.of("id", "kind", "location")) {
            keys.add("marketplace.ui.catalogs." + field);
        }
        assertThat(I18nFiles.texts("marketplace-ui.properties").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void persianTextsAreInPersianAndEveryPatternFormats() {
        assertThat(I18nFiles.notInPersian(I18nFiles.texts("marketplace-ui_fa.properties"))).isEmpty();
        assertThat(I18nFiles.invalidPatterns(I18nFiles.texts("marketplace-ui.properties"))).isEmpty();
        assertThat(I18nFiles.invalidPatterns(I18nFiles.texts("marketplace-ui_fa.properties"))).isEmpty();
    }
}
