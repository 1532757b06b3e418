package org.peyvand.module.visits;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a user enters for a visit; the service validates and normalises it.
 *
 * @param visitor the visiting colleague's username; blank means the one entering it
 * @param custom  custom field values by field name; an absent field keeps its stored value
 */
public record VisitInput(LocalDate visitDate, Long accountId, String visitor, String purpose, String outcome, Map<String, Object> custom) {

    public VisitInput {
        custom = custom == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(custom));
    }

    public VisitInput(LocalDate visitDate, Long accountId, String visitor, String purpose, String outcome) {
        this(visitDate, accountId, visitor, purpose, outcome, Map.of());
    }
}
