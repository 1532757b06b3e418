package org.peyvand.platform.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.search.SearchGroup;
import org.peyvand.platform.search.SearchHit;
import org.peyvand.platform.search.SearchProvider;
import org.peyvand.platform.security.Caller;

class SearchRegistryTest {
    private static final Caller SARA = new Caller("sara", 1, Set.of("staff"), DisplayPreferences.defaults(Locale.forLanguageTag("fa-IR")));

    private final SearchRegistry registry = new SearchRegistry();

    @Test
    void hitsAreGroupedByRecordTypeInTheOrderProvidersAnswerAndCappedPerType() {
        List<String> queries = new ArrayList<>();
        registry.addProvider((caller, query, limit) -> {
            queries.add(query + "/" + limit);
            return List.of(hit("accounts.account", "Organisations", "1"), hit("accounts.contact", "People", "7"),
                    hit("accounts.account", "Organisations", "2"), hit("accounts.account", "Organisations", "3"));
        });
        registry.addProvider((caller, query, limit) -> List.of(hit("custom.tender", "Tenders", "9")));

        List<SearchGroup> groups = registry.search(SARA, "  پالایش  ", 2);

        assertThat(queries).as("the query reaches providers trimmed, with the cap").containsExactly("پالایش/2");
        assertThat(groups).extracting(SearchGroup::recordType).containsExactly("accounts.account", "accounts.contact", "custom.tender");
        assertThat(groups.get(0).label()).isEqualTo("Organisations");
        assertThat(groups.get(0).hits()).extracting(SearchHit::id).containsExactly("1", "2");
    }

    @Test
    void aProviderThatFailsOrRefusesIsLeftOutAndOneThatLeavesIsNoLongerAsked() {
        SearchProvider broken = (caller, query, limit) -> {
            throw new IllegalStateException("index gone");
        };
        SearchProvider refusing = (caller, query, limit) -> {
            throw new AccessDeniedException("accounts.account.read");
        };
        SearchProvider people = (caller, query, limit) -> List.of(hit("accounts.contact", "People", "7"));
        registry.addProvider(broken);
        registry.addProvider(refusing);
        registry.addProvider(people);

        assertThat(registry.search(SARA, "x", 8)).extracting(SearchGroup::recordType).containsExactly("accounts.contact");
        registry.removeProvider(people);
        assertThat(registry.search(SARA, "x", 8)).isEmpty();
    }

    @Test
    void aBlankOrLongQueryAndABadLimitAreRefusedNamingTheirFields() {
        assertThat(fields(() -> registry.search(SARA, " ", 8))).containsExactly("q");
        assertThat(fields(() -> registry.search(SARA, "x".repeat(101), 8))).containsExactly("q");
        assertThat(fields(() -> registry.search(SARA, "x", 0))).containsExactly("limit");
        assertThat(fields(() -> registry.search(SARA, null, 51))).containsExactly("q", "limit");
    }

    private static SearchHit hit(String type, String label, String id) {
        return new SearchHit(type, label, id, "record " + id, null);
    }

    private static List<String> fields(Runnable call) {
        return catchThrowableOfType(call::run, ValidationException.class).fieldErrors().stream().map(FieldError::field).toList();
    }
}
