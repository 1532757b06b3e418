package org.peyvand.platform.form;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A record of a record type designed without code ({@code custom.*}): its values by field name. */
public record CustomRecord(long id, String type, String owner, Instant createdAt, Instant updatedAt, long version,
        Map<String, Object> values) {

    public CustomRecord {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
