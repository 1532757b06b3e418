package org.peyvand.module.accounts.internal.lookups;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

import org.peyvand.platform.core.error.CrmException;

/** Names stored lookup values one record at a time: they are asked for a form's few values. */
final class StoredKeys {
    private static final int MAX_KEYS = 50;

    private StoredKeys() {
    }

    static Map<String, String> named(Collection<String> keys, LongFunction<String> name) {
        Map<String, String> names = new LinkedHashMap<>();
        keys.stream().distinct().limit(MAX_KEYS).forEach(key -> {
            try {
                names.put(key, name.apply(Long.parseLong(key.trim())));
            } catch (NumberFormatException | CrmException unseen) {
                // not a record, gone, or out of the caller's scope: it has no name to show
            }
        });
        return names;
    }
}
