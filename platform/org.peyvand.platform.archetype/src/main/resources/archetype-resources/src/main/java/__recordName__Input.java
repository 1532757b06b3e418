package ${package};

import java.util.Map;

/**
 * What a user enters for a ${recordName.toLowerCase()}; the service validates and normalises it.
 *
 * @param custom custom field values by field name; an absent field keeps its stored value
 */
public record ${recordName}Input(String name, String notes, Map<String, Object> custom) {

    public ${recordName}Input {
        custom = custom == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(custom));
    }

    public ${recordName}Input(String name, String notes) {
        this(name, notes, Map.of());
    }
}
