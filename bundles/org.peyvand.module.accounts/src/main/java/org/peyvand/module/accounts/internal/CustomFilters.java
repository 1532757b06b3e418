package org.peyvand.module.accounts.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.peyvand.module.accounts.internal.jpa.RecordSearch;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.CustomMatch;
import org.peyvand.platform.security.Caller;

/** A list's filters on custom fields as conditions of the record search. */
final class CustomFilters {

    private CustomFilters() {
    }

    static List<RecordSearch.CustomCondition> of(CustomFields custom, Caller caller, String type, Map<String, String> filters) {
        return filters.entrySet().stream()
                .map(f -> (RecordSearch.CustomCondition) new Holding(custom, caller, type, f.getKey(), f.getValue()))
                .toList();
    }

    /** Records of the type holding the value in the field. */
    private record Holding(CustomFields custom, Caller caller, String type, String field, String value) implements RecordSearch.CustomCondition {
        @Override
        public String sql(String idColumn, Function<Object, String> bind) {
            return custom.matching(caller, type, field, value, idColumn, bind);
        }

        @Override
        public CustomMatch rows(String alias, Function<Object, String> bind) {
            return custom.matchingRows(caller, type, field, value, alias, bind);
        }
    }
}
