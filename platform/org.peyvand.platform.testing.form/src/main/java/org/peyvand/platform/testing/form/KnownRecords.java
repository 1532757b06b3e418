package org.peyvand.platform.testing.form;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.form.LookupHit;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.security.Caller;

/** Lookups over a fixed set of records, names by key by record type; other types are provided by nobody. */
public final class KnownRecords implements RecordLookups {
    private final Map<String, Map<String, String>> names;

    public KnownRecords(Map<String, Map<String, String>> names) {
        this.names = Map.copyOf(names);
    }

    @Override
    public Set<String> types() {
        return names.keySet();
    }

    @Override
    public List<LookupHit> find(Caller caller, String type, String text, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, String> names(Caller caller, String type, Collection<String> keys) {
        Map<String, String> known = Optional.ofNullable(names.get(type)).orElseThrow(() -> new NotFoundException("form.error.unknownType", type));
        return keys.stream().filter(known::containsKey).collect(Collectors.toMap(key -> key, known::get));
    }

    @Override
    public Optional<String> owner(Caller caller, String type, String key) {
        return Optional.empty();
    }
}
