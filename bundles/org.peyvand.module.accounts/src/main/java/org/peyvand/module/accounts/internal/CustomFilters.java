package org.peyvand.module.accounts.internal;

import java.util.List;
import java.util.Map;

import org.peyvand.module.accounts.internal.jpa.RecordSearch;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.security.Caller;

/** A list's filters on custom fields as conditions of the record search. */
final class CustomFilters {

    private CustomFilters() {
    }

    static List<RecordSearch.CustomCondition> of(CustomFields custom, Caller caller, String type, Map<String, String> filters) {
        return filters.entrySet().stream()
                .map(f -> (RecordSearch.CustomCondition) (idColumn, bind) -> custom.matching(caller, type, f.getKey(), f.getValue(),
                        idColumn, bind))
                .toList();
    }
}
