package org.peyvand.module.accounts.internal.lookups;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * whoever their owner field names. Stored values are named together in a few reads, however many
 * a list or a graph asks for.
 */
abstract class NamedRecordLookup<T> implements RecordLookupProvider {

    /** The caller's records matching text, best first. */
    interface Search<T> {
        List<T> find(Caller caller, String text, int limit);
    }

    /** The owner of a record the caller may see; refuses one that is gone or out of scope. */
    interface Owner {
        String of(Caller caller, long id);
    }

    /** The names of those of the records the caller may see, by id. */
    interface Names {
        Map<Long, String> of(Caller caller, Collection<Long> ids);
    }

    private final String permission;
    private final Search<T> search;
    private final Names names;
    private final Function<T, Long> id;
    private final Function<T, String> name;
    private final Owner owner;

    NamedRecordLookup(String permission, Search<T> search, Names names, Owner owner, Function<T, Long> id, Function<T, String> name) {
        this.permission = permission;
        this.search = search;
        this.names = names;
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
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String key : keys) {
            try {
                ids.put(key, Long.parseLong(key.trim()));
            } catch (NumberFormatException notARecord) {
                // not a record's key: it has no name to show
            }
        }
        Map<String, String> named = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return named;
        }
        Map<Long, String> found;
        try {
            found = names.of(caller, new LinkedHashSet<>(ids.values()));
        } catch (CrmException unseen) {
            return named;
        }
        // records gone or out of the caller's scope are left out: they have no name to show
        ids.forEach((key, recordId) -> {
            if (found.containsKey(recordId)) {
                named.put(key, found.get(recordId));
            }
        });
        return named;
    }

    @Override
    public Optional<String> owner(Caller caller, String key) {
        try {
            return Optional.ofNullable(owner.of(caller, Long.parseLong(key.trim())));
        } catch (NumberFormatException | CrmException unseen) {
            return Optional.empty();
        }
    }
}
