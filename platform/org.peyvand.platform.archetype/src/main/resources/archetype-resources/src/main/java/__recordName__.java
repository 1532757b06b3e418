package ${package};

import java.time.Instant;
import java.util.Map;

/**
 * One stored ${recordName.toLowerCase()}, as every face shows it.
 *
 * @param custom the values of custom fields administrators added to the record type, by field name
 */
public record ${recordName}(long id, String name, String notes, String owner, long ownerUnitId, Instant createdAt, Instant updatedAt,
        long version, Map<String, Object> custom) {

    public ${recordName} {
        custom = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(custom));
    }

    public ${recordName} withCustom(Map<String, Object> values) {
        return new ${recordName}(id, name, notes, owner, ownerUnitId, createdAt, updatedAt, version, values);
    }
}
