package org.peyvand.module.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.ibm.icu.text.MessageFormat;

class I18nFilesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(accounts\\.[a-z]+\\.[a-zA-Z.]+)\"");
    private static final Pattern PERSIAN_LETTER = Pattern.compile("[\\u0600-\\u06FF]");

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(I18nFilesTest.class.getResourceAsStream("/CRM-INF/i18n/" + file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("accounts_fa.properties").stringPropertyNames()).isEqualTo(load("accounts.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesHasATextAndEveryKeyIsPrefixed() throws IOException {
        Properties english = load("accounts.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            // Permission ids look like keys but are labelled by the permissions descriptor.
            for (Path source : sources.filter(p -> p.toString().endsWith(".java") && !p.endsWith("Permissions.java")).toList()) {
                Matcher key = KEY_IN_CODE.matcher(Files.readString(source));
                while (key.find()) {
                    used.add(key.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsAll(used).allMatch(key -> key.startsWith("accounts."));
    }

    @Test
    void theFormsLabelEveryField() throws IOException {
        Properties persian = load("accounts_fa.properties");
        assertThat(persian.getProperty("accounts.contact.firstName")).isEqualTo("نام");
        assertThat(persian.getProperty("accounts.contact.nationalCode")).isEqualTo("کد ملی");
        assertThat(persian.getProperty("accounts.account.nationalId")).isEqualTo("شناسه ملی");
        assertThat(persian.getProperty("accounts.menu.contacts")).isEqualTo("افراد");
        for (String field : new String[] {"firstName", "lastName", "nationalCode", "mobile", "email", "birthDate", "account", "jobTitle"}) {
            assertThat(persian.getProperty("accounts.contact." + field)).as(field).isNotBlank();
        }
        for (String field : new String[] {"name", "nationalId", "economicCode", "registrationNumber", "industry", "phones",
                "addresses", "province", "city", "line", "postalCode", "website", "owner", "parent"}) {
            assertThat(persian.getProperty("accounts.account." + field)).as(field).isNotBlank();
        }
    }

    @Test
    void persianTextsAreInPersian() throws IOException {
        Properties persian = load("accounts_fa.properties");
        assertThat(persian.stringPropertyNames()).allSatisfy(key ->
                assertThat(PERSIAN_LETTER.matcher(persian.getProperty(key)).find()).as(key).isTrue());
    }

    @Test
    void everyPatternIsAValidMessageFormat() throws IOException {
        for (String file : new String[] {"accounts.properties", "accounts_fa.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                assertThatCode(() -> new MessageFormat(texts.getProperty(key)).format(new Object[] {1, 2, 3})).as(file + " " + key)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void formatsIdsWithoutGrouping() throws IOException {
        String pattern = load("accounts.properties").getProperty("accounts.error.duplicateOf");
        assertThat(new MessageFormat(pattern).format(new Object[] {"زهرا رضایی", 12345L})).isEqualTo("also used by زهرا رضایی (id 12345)");
    }
}
