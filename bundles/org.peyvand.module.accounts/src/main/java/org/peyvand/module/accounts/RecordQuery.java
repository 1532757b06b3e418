package org.peyvand.module.accounts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list filter: {@code q} is free text matched word by word as prefixes after Persian
 * normalisation (ي/ی, ك/ک, ZWNJ, digits); {@code accountId} narrows contacts to one account;
 * {@code custom} keeps the records whose custom fields hold the given values (for a multi-select:
 * among its choices).
 */
public record RecordQuery(String q, Long accountId, Map<String, String> custom) {
    public static final RecordQuery ALL = new RecordQuery(null, null);

    public RecordQuery {
        custom = custom == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(custom));
    }

    public RecordQuery(String q, Long accountId) {
        this(q, accountId, Map.of());
    }

    public static RecordQuery text(String q) {
        return new RecordQuery(q, null);
    }
}
