package org.peyvand.platform.marketplace.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.ContentType;
import org.peyvand.platform.marketplace.Maturity;

class IndexFormatTest {
    private static final String SHA = "a".repeat(64);

    private static List<CatalogEntry> read(String json) throws CatalogError {
        return IndexFormat.read("local", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryFieldOfAnEntry() throws CatalogError {
        CatalogEntry entry = read(Indexes.of(Indexes.entry("visits", "1.2.0", "[0.1,1)", "visits-1.2.0.kar", SHA))).get(0);

        assertThat(entry.catalog()).isEqualTo("local");
        assertThat(entry.id()).isEqualTo("visits");
        assertThat(entry.name(Locale.forLanguageTag("fa"))).isEqualTo("بازدید از مشتری");
        assertThat(entry.description(Locale.ENGLISH)).isEqualTo("Record visits");
        assertThat(entry.maturity()).isEqualTo(Maturity.BETA);
        assertThat(entry.contentType()).isEqualTo(ContentType.MODULE);
        assertThat(entry.requires()).containsExactly("accounts");
        assertThat(entry.permissions()).singleElement().satisfies(p -> assertThat(p.label(Locale.ENGLISH)).isEqualTo("See visits"));
        assertThat(entry.sha256()).isEqualTo(SHA);
        assertThat(entry.downgradeSafe()).isFalse();
    }

    @Test
    void anEntryWithAMissingOrMalformedFieldMakesTheIndexUnreadableNamingIt() {
        String good = Indexes.entry("visits", "1.0.0", "[0.1,1)", "a.kar", SHA);
        assertThatThrownBy(() -> read(Indexes.of(good, good.replace("\"sha256\": \"" + SHA, "\"sha256\": \"xyz"))))
                .isInstanceOfSatisfying(CatalogError.class, e -> assertThat(e.args()).containsExactly("local", "entries[1].sha256"));
        assertThatThrownBy(() -> read(Indexes.of(good.replace("[0.1,1)", "[1,0.1"))))
                .isInstanceOfSatisfying(CatalogError.class, e -> assertThat(e.args()).containsExactly("local", "entries[0].kernel"));
        assertThatThrownBy(() -> read(Indexes.of(good.replace("1.0.0", "one"))))
                .isInstanceOfSatisfying(CatalogError.class, e -> assertThat(e.args()).containsExactly("local", "entries[0].version"));
        assertThatThrownBy(() -> read(Indexes.of(good.replace("\"module\"", "\"script\""))))
                .isInstanceOfSatisfying(CatalogError.class, e -> assertThat(e.args()).containsExactly("local", "entries[0].contentType"));
        assertThatThrownBy(() -> read(Indexes.of(good.replace("\"id\": \"visits\"", "\"id\": \"../x\""))))
                .isInstanceOfSatisfying(CatalogError.class, e -> assertThat(e.args()).containsExactly("local", "entries[0].id"));
    }

    @Test
    void somethingThatIsNotAnIndexIsRefusedAsSuch() {
        assertThatThrownBy(() -> read("{\"entries\": [")).isInstanceOfSatisfying(CatalogError.class,
                e -> assertThat(e.messageKey()).isEqualTo("marketplace.error.indexMalformed"));
        assertThatThrownBy(() -> read("[]")).isInstanceOfSatisfying(CatalogError.class,
                e -> assertThat(e.args()).containsExactly("local", "entries"));
        assertThatThrownBy(() -> read("{\"format\": 2, \"entries\": []}")).isInstanceOfSatisfying(CatalogError.class,
                e -> assertThat(e.args()).containsExactly("local", "format"));
    }
}
