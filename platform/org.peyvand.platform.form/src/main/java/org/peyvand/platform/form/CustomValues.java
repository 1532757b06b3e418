package org.peyvand.platform.form;

import java.util.Map;

/**
 * Checked custom field values of one record, ready to store.
 *
 * @param before the values stored before the change (empty for a new record)
 * @param after  every custom field's value after the change; {@code null} for an empty one
 */
public record CustomValues(String type, Map<String, Object> before, Map<String, Object> after) {

    public CustomValues {
        before = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(before));
        after = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(after));
    }
}
