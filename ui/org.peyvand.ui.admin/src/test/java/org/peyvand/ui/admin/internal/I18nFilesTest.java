package org.peyvand.ui.admin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.RecordScope;

import com.ibm.icu.text.MessageFormat;

class I18nFilesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(admin\\.[a-zA-Z]+(?:\\.[a-zA-Z]+)*)\"");
    private static final Pattern ANY_LETTER = Pattern.compile("\\p{L}");
    private static final Pattern PERSIAN_LETTER = Pattern.compile("[\\u0600-\\u06FF]");
    /** The shell names menu sections by this key; the profile page brings the section, so its texts come from here. */
    private static final String ACCOUNT_SECTION = "ui.section.account";

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(I18nFilesTest.class.getResourceAsStream("/CRM-INF/i18n/" + file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("admin_fa.properties").stringPropertyNames()).isEqualTo(load("admin.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesHasATextAndEveryKeyIsPrefixed() throws IOException {
        Properties english = load("admin.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher key = KEY_IN_CODE.matcher(Files.readString(source));
                while (key.find()) {
                    used.add(key.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(english.stringPropertyNames()).containsAll(used)
                .allMatch(key -> key.startsWith("admin.") || key.equals(ACCOUNT_SECTION));
    }

    @Test
    void everyChoiceBuiltFromAnEnumHasAText() throws IOException {
        List<String> keys = new ArrayList<>();
        for (OrgUnit.Kind kind : OrgUnit.Kind.values()) {
            keys.add("admin.unit.kind." + kind.name());
        }
        for (RecordScope.Level level : RecordScope.Level.values()) {
            keys.add("admin.scope." + level.name());
        }
        for (FieldAccess.Access access : FieldAccess.Access.values()) {
            keys.add("admin.access." + access.name());
        }
        keys.addAll(List.of("admin.language.fa", "admin.language.en", "admin.session.channel.web", "admin.session.channel.ssh"));
        assertThat(load("admin.properties").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void persianTextsAreInPersianWithTheirJoiners() throws IOException {
        Properties persian = load("admin_fa.properties");
        // patterns made of arguments and signs only ("{0}: {1} ← {2}") have no words to translate
        assertThat(persian.stringPropertyNames()).filteredOn(key -> ANY_LETTER.matcher(persian.getProperty(key)).find()).allSatisfy(key ->
                assertThat(PERSIAN_LETTER.matcher(persian.getProperty(key)).find()).as(key).isTrue());
        assertThat(persian.getProperty("admin.menu.roles")).isEqualTo("نقش\u200cها و دسترسی\u200cها");
        assertThat(persian.getProperty("admin.users.tab.sessions")).isEqualTo("نشست\u200cهای باز");
    }

    @Test
    void changesPointInReadingDirection() throws IOException {
        assertThat(new MessageFormat(load("admin.properties").getProperty("admin.audit.change")).format(new Object[] {"email", "a", "b"}))
                .isEqualTo("email: a → b");
        assertThat(new MessageFormat(load("admin_fa.properties").getProperty("admin.audit.change")).format(new Object[] {"email", "a", "b"}))
                .isEqualTo("email: a ← b");
        assertThat(load("admin.properties").getProperty("admin.audit.changeSeparator")).isEqualTo("; ");
    }

    @Test
    void everyPatternIsAValidMessageFormat() throws IOException {
        for (String file : new String[] {"admin.properties", "admin_fa.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                assertThatCode(() -> new MessageFormat(texts.getProperty(key)).format(new Object[] {1, 2, 3})).as(file + " " + key)
                        .doesNotThrowAnyException();
            }
        }
    }
}
