package org.peyvand.ui.admin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.form.Condition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.testing.I18nFiles;
import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.RecordScope;

import com.ibm.icu.text.MessageFormat;

class I18nFilesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(admin\\.[a-zA-Z]+(?:\\.[a-zA-Z]+)*)\"");
    /** The shell names menu sections by this key; the profile page brings the section, so its texts come from here. */
    private static final String ACCOUNT_SECTION = "ui.section.account";

    private static Properties load(String file) {
        return I18nFiles.texts(file);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(load("admin_fa.properties").stringPropertyNames()).isEqualTo(load("admin.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesHasATextAndEveryKeyIsPrefixed() {
        Properties english = load("admin.properties");
        Set<String> used = I18nFiles.keysInCode(KEY_IN_CODE, source -> true);
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(english.stringPropertyNames()).containsAll(used)
                .allMatch(key -> key.startsWith("admin.") || key.equals(ACCOUNT_SECTION));
    }

    @Test
    void everyChoiceBuiltFromAnEnumHasAText() {
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
    void everyFieldTypeFormKindConditionAndDefinitionPartTheDesignerNamesHasAText() {
        List<String> keys = new ArrayList<>();
        for (FieldType type : FieldType.values()) {
            keys.add("admin.form.type." + type.name());
        }
        for (FormKind kind : FormKind.values()) {
            keys.add("admin.form.kind." + kind.name());
        }
        for (Condition.Operator operator : Condition.Operator.values()) {
            keys.add("admin.form.operator." + operator.name());
        }
        // the parts of a definition the service's errors name (fields[2].options, key)
        for (String property : List.of("name", "label", "help", "options", "lookupType", "minimum", "maximum", "minimumDate",
                "maximumDate", "maxLength", "pattern", "defaultValue", "expression", "visibleWhen", "requiredWhen")) {
            keys.add("admin.form.prop." + property);
        }
        for (String part : List.of("key", "label", "fields", "listColumns")) {
            keys.add("admin.form.part." + part);
        }
        assertThat(load("admin.properties").stringPropertyNames()).containsAll(keys);
        assertThat(load("admin_fa.properties").getProperty("admin.form.type.SELECT")).isEqualTo("یک گزینه");
    }

    @Test
    void persianTextsAreInPersianWithTheirJoiners() {
        Properties persian = load("admin_fa.properties");
        assertThat(I18nFiles.notInPersian(persian)).isEmpty();
        assertThat(persian.getProperty("admin.menu.roles")).isEqualTo("نقش\u200cها و دسترسی\u200cها");
        assertThat(persian.getProperty("admin.users.tab.sessions")).isEqualTo("نشست\u200cهای باز");
    }

    @Test
    void changesPointInReadingDirection() {
        assertThat(new MessageFormat(load("admin.properties").getProperty("admin.audit.change")).format(new Object[] {"email", "a", "b"}))
                .isEqualTo("email: a → b");
        assertThat(new MessageFormat(load("admin_fa.properties").getProperty("admin.audit.change")).format(new Object[] {"email", "a", "b"}))
                .isEqualTo("email: a ← b");
        assertThat(load("admin.properties").getProperty("admin.audit.changeSeparator")).isEqualTo("; ");
    }

    @Test
    void everyPatternIsAValidMessageFormat() {
        assertThat(I18nFiles.invalidPatterns(load("admin.properties"))).isEmpty();
        assertThat(I18nFiles.invalidPatterns(load("admin_fa.properties"))).isEmpty();
    }
}
