package org.peyvand.module.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.testing.I18nFiles;

import com.ibm.icu.text.MessageFormat;

class I18nFilesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(accounts\\.[a-z]+\\.[a-zA-Z.]+)\"");

    private static Properties load(String file) {
        return I18nFiles.texts(file);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(load("accounts_fa.properties").stringPropertyNames()).isEqualTo(load("accounts.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesHasATextAndEveryKeyIsPrefixed() {
        Properties english = load("accounts.properties");
        // Permission ids look like keys but are labelled by the permissions descriptor.
        Set<String> used = I18nFiles.keysInCode(KEY_IN_CODE, source -> !source.endsWith("Permissions.java"));
        assertThat(used).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsAll(used).allMatch(key -> key.startsWith("accounts."));
    }

    @Test
    void theFormsLabelEveryField() {
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
    void persianTextsAreInPersian() {
        assertThat(I18nFiles.notInPersian(load("accounts_fa.properties"))).isEmpty();
    }

    @Test
    void everyPatternIsAValidMessageFormat() {
        assertThat(I18nFiles.invalidPatterns(load("accounts.properties"))).isEmpty();
        assertThat(I18nFiles.invalidPatterns(load("accounts_fa.properties"))).isEmpty();
    }

    @Test
    void formatsIdsWithoutGrouping() {
        String pattern = load("accounts.properties").getProperty("accounts.error.duplicateOf");
        assertThat(new MessageFormat(pattern).format(new Object[] {"زهرا رضایی", 12345L})).isEqualTo("also used by زهرا رضایی (id 12345)");
    }
}
