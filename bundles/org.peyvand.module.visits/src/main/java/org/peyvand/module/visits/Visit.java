package org.peyvand.module.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One visit to a customer, as every face shows it.
 *
 * @param accountId the visited account (a record of the accounts module, referenced by id)
 * @param visitor   the username of the colleague who visited
 * @param custom    the values of custom fields administrators added to visits, by field name
 */
public record Visit(long id, LocalDate visitDate, long accountId, String visitor, String purpose, String outcome, String owner,
        long ownerUnitId, Instant createdAt, Instant updatedAt, long version, Map<String, Object> custom) {

    public Visit {
        custom = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(custom));
    }

    public Visit withCustom(Map<String, Object> values) {
        return new Visit(id, visitDate, accountId, visitor, purpose, outcome, owner, ownerUnitId, createdAt, updatedAt, version, values);
    }
}
