package org.peyvand.platform.search;

import java.util.List;

/** What one record type gave for a query, in its provider's order. */
public record SearchGroup(String recordType, String label, List<SearchHit> hits) {

    public SearchGroup {
        hits = List.copyOf(hits);
    }
}
