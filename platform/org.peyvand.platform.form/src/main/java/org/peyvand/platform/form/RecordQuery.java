package org.peyvand.platform.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list filter for designed record types: {@code q} matches words of the text values as prefixes,
 * Persian-normalised; {@code filters} keep the records whose fields hold the given values.
 */
public record RecordQuery(String q, Map<String, String> filters) {
    public static final RecordQuery ALL = new RecordQuery(null, Map.of());

    public RecordQuery {
        filters = filters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }
}
