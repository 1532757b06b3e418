package org.peyvand.ui.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuBadge;
import org.peyvand.ui.api.RecordTab;

class ContributionRegistryTest {
    private static final Messages PERSIAN = new Texts(Locale.forLanguageTag("fa-IR"));
    private static final Messages ENGLISH = new Texts(Locale.ENGLISH);

    @Test
    void aScreenTitledByAnI18nKeyShowsTheTextOfTheKey() {
        ContributionRegistry registry = new ContributionRegistry();
        registry.addView(context -> null, Map.of("crm.menu.id", "contacts", "crm.menu.title", "accounts.menu.contacts",
                "crm.menu.section", "crm", "crm.menu.order", 10, "crm.menu.permission", "accounts.contact.read"));
        assertThat(registry.view("contacts").orElseThrow().caption(PERSIAN)).isEqualTo("text of accounts.menu.contacts");
    }

    @Test
    void aScreenTitledPerLanguageShowsItsOwnTitleAndComesAndGoes() {
        ContributionRegistry registry = new ContributionRegistry();
        int[] changes = {0};
        registry.addListener(() -> changes[0]++);
        CrmView visits = context -> null;
        registry.addView(visits, Map.of("crm.menu.id", "custom.visit", "crm.menu.title", "records.title",
                "crm.menu.title.fa", "بازدید", "crm.menu.title.en", "Visit", "crm.menu.section", "sales",
                "crm.menu.permission", "custom.visit.read"));
        ContributionRegistry.ViewEntry entry = registry.view("custom.visit").orElseThrow();
        assertThat(entry.caption(PERSIAN)).isEqualTo("بازدید");
        assertThat(entry.caption(ENGLISH)).isEqualTo("Visit");
        assertThat(entry.order()).isEqualTo(100);
        registry.removeView(visits);
        assertThat(registry.view("custom.visit")).isEmpty();
        assertThat(changes[0]).isEqualTo(2);
    }

    @Test
    void aScreenNamesTheRecordTypesItOpens() {
        ContributionRegistry registry = new ContributionRegistry();
        registry.addView(context -> null, Map.of("crm.menu.id", "accounts", "crm.menu.title", "accounts.menu.accounts",
                "crm.menu.section", "crm", "crm.menu.permission", "accounts.account.read", "crm.menu.records", new String[] {"accounts.account"}));
        registry.addView(context -> null, Map.of("crm.menu.id", "custom.visit", "crm.menu.title", "records.title",
                "crm.menu.section", "sales", "crm.menu.permission", "custom.visit.read", "crm.menu.records", "custom.visit"));
        registry.addView(context -> null, Map.of("crm.menu.id", "reports", "crm.menu.title", "reports.menu", "crm.menu.section", "crm", "crm.menu.permission", "r"));
        assertThat(registry.view("accounts").orElseThrow().records()).containsExactly("accounts.account");
        assertThat(registry.view("custom.visit").orElseThrow().records()).containsExactly("custom.visit");
        assertThat(registry.view("reports").orElseThrow().records()).isEmpty();
    }

    @Test
    void recordTabsComeInTheirOrderAndBadgesByScreen() {
        ContributionRegistry registry = new ContributionRegistry();
        RecordTab late = (context, record) -> Optional.empty();
        RecordTab early = (context, record) -> Optional.empty();
        RecordTab unordered = (context, record) -> Optional.empty();
        registry.addRecordTab(late, Map.of(RecordTab.ORDER, 50));
        registry.addRecordTab(unordered, Map.of());
        registry.addRecordTab(early, Map.of(RecordTab.ORDER, 10));
        assertThat(registry.recordTabs()).containsExactly(early, late, unordered);
        registry.removeRecordTab(early);
        assertThat(registry.recordTabs()).containsExactly(late, unordered);

        int[] changes = {0};
        registry.addListener(() -> changes[0]++);
        MenuBadge open = caller -> 3;
        registry.addBadge(open, Map.of(MenuBadge.VIEW, "cartable"));
        registry.addBadge(caller -> 1, Map.of());
        assertThat(registry.badges()).containsOnlyKeys("cartable");
        assertThat(registry.badges().get("cartable")).containsExactly(open);
        registry.removeBadge(open);
        assertThat(registry.badges()).isEmpty();
        assertThat(changes[0]).as("menus recount when a badge comes and goes").isEqualTo(2);
    }

    private record Texts(Locale locale) implements Messages {
        @Override
        public String get(String key, Object... args) {
            return "text of " + key;
        }

        @Override
        public Optional<String> find(String key, Object... args) {
            return Optional.of(get(key));
        }

        @Override
        public String describe(FieldError error, String fieldLabelKey) {
            return fieldLabelKey;
        }
    }
}
