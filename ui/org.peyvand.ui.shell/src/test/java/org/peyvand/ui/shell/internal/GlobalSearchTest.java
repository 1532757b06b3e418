package org.peyvand.ui.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peyvand.ui.api.SearchHit;

class GlobalSearchTest {

    @Test
    void resultsAreGroupedByTheScreenTheyOpenInTheOrderTheyWereFound() {
        SearchHit sara = new SearchHit("سارا", null, "USER", "contacts", "1");
        SearchHit pars = new SearchHit("پارس", null, "BUILDING", "accounts", "7");
        SearchHit reza = new SearchHit("رضا", null, "USER", "contacts", "2");

        var groups = GlobalSearch.grouped(List.of(sara, pars, reza));

        assertThat(groups.keySet()).containsExactly("contacts", "accounts");
        assertThat(groups.get("contacts")).containsExactly(sara, reza);
        assertThat(groups.get("accounts")).containsExactly(pars);
    }
}
