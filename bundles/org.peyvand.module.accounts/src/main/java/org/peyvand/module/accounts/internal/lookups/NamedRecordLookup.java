package org.peyvand.module.accounts.internal.lookups;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.form.LookupHit;
import org.peyvand.platform.form.RecordLookupProvider;
import org.peyvand.platform.security.Caller;

/**
 * Lookups of records found by the module's own search, named by one of their fields and owned by
 * whoever their owner field names. Stored
 * values are named one record at a time: they are asked for a form's few values.
 */
abstract class NamedRecordLookup<T> implements RecordLookupProvider {
    private static final int MAX_KEYS = 50;

    /** The caller's records matching text, best first. */
    interface Search<T> {
        List<T> find(Caller caller, String text, int limit);
    }

    /** One record the caller may see; refuses one that is gone or out of scope. */
    interface Read<T> {
        T get(Caller caller, long id);
    }

    private final String permission;
    private final Search<T> search;
    private final Read<T> read;
    private final Function<T, Long> id;
    private final Function<T, String> name;
    private final Function<T, String> owner;

    NamedRecordLookup(String permission, Search<T> search, Read<T> read, Function<T, Long> id, Function<T, String> name,
            Function<T, String> owner) {
        this.permission = permission;
        this.search = search;
        this.read = read;
        this.id = id;
        this.name = name;
        this.owner = owner;
    }

    @Override
    public String permission() {
        return permission;
    }

    @Override
    public List<LookupHit> find(Caller caller, String text, int limit) {
        return search.find(caller, text, limit).stream().map(r -> new LookupHit(String.valueOf(id.apply(r)), name.apply(r))).toList();
    }

    @Override
    public Map<String, String> names(Caller caller, Collection<String> keys) {
        Map<String, String> names = new LinkedHashMap<>();
        keys.stream().distinct().limit(MAX_KEYS).forEach(key -> {
            try {
                names.put(key, name.apply(read.get(caller, Long.parseLong(key.trim()))));
            } catch (NumberFormatException | CrmException unseen) {
                // not a record, gone, or out of the caller's scope: it has no name to show
            }
        });
        return names;
    }

    @Override
    public Optional<String> owner(Caller caller, String key) {
        try {
            return Optional.ofNullable(owner.apply(read.get(caller, Long.parseLong(key.trim()))));
        } catch (NumberFormatException | CrmException unseen) {
            return Optional.empty();
        }
    }
}
