package org.peyvand.ui.kit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.security.Caller;

/** The records a lookup, user or org unit field offers, found through the kernel's lookups. */
public final class RecordLookupOptions implements OptionLookup {
    private final Caller caller;
    private final RecordLookups lookups;
    private final String type;

    public RecordLookupOptions(Caller caller, RecordLookups lookups, String type) {
        this.caller = caller;
        this.lookups = lookups;
        this.type = type;
    }

    /** Where the fields of {@code form} find their records, for {@link FormRenderer#lookups}. */
    public static Map<String, OptionLookup> forForm(Caller caller, RecordLookups lookups, FormDefinition form) {
        Map<String, OptionLookup> sources = new HashMap<>();
        form.activeFields().stream().map(FieldDefinition::referencedType).filter(Objects::nonNull)
                .forEach(type -> sources.put(type, new RecordLookupOptions(caller, lookups, type)));
        return sources;
    }

    @Override
    public List<Option> find(String filter, int limit) {
        try {
            return lookups.find(caller, type, filter, limit).stream().map(hit -> new Option(value(hit.key()), hit.label())).toList();
        } catch (CrmException unavailable) {
            return List.of();
        }
    }

    @Override
    public Optional<Option> byValue(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        String key = String.valueOf(value);
        try {
            return Optional.ofNullable(lookups.names(caller, type, List.of(key)).get(key)).map(label -> new Option(value(key), label));
        } catch (CrmException unavailable) {
            return Optional.empty();
        }
    }

    /** Users are stored by username, everything else by number. */
    private Object value(String key) {
        return RecordLookups.USERS.equals(type) ? key : Long.valueOf(key);
    }
}
