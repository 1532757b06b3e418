package org.peyvand.module.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProvincesTest {

    @Test
    void hasTheThirtyOneProvincesOfIran() {
        assertThat(Provinces.all()).hasSize(31);
        assertThat(Provinces.all()).extracting(Provinces.Province::code).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z]+(-[a-z]+)*"))
                .contains("tehran", "isfahan", "khuzestan", "razavi-khorasan", "east-azerbaijan", "sistan-baluchestan");
    }

    @Test
    void findsAProvinceByCode() {
        assertThat(Provinces.byCode("fars")).map(p -> p.name(Locale.ENGLISH)).contains("Fars");
        assertThat(Provinces.byCode("fars")).map(p -> p.name(Locale.forLanguageTag("fa"))).contains("فارس");
        assertThat(Provinces.byCode("Fars")).isEmpty();
        assertThat(Provinces.byCode(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kerman", "Kerman", "کرمان", "كرمان", " KERMAN "})
    void looksUpByCodeOrEitherName(String name) {
        assertThat(Provinces.lookup(name)).map(Provinces.Province::code).contains("kerman");
    }

    @Test
    void tellsKermanFromKermanshah() {
        assertThat(Provinces.lookup("کرمانشاه")).map(Provinces.Province::code).contains("kermanshah");
        assertThat(Provinces.lookup("چهارمحال و بختیاری")).map(Provinces.Province::code).contains("chaharmahal-bakhtiari");
        assertThat(Provinces.lookup("Atlantis")).isEmpty();
    }

    @Test
    void everyProvinceHasItsNamesInTheTextFiles() throws IOException {
        Properties english = load("accounts.properties");
        Properties persian = load("accounts_fa.properties");
        for (Provinces.Province province : Provinces.all()) {
            assertThat(english.getProperty(province.labelKey())).isEqualTo(province.englishName());
            assertThat(persian.getProperty(province.labelKey())).isEqualTo(province.persianName());
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(ProvincesTest.class.getResourceAsStream("/CRM-INF/i18n/" + file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
