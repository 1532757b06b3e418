package ${package}.internal.rest;

import java.util.Map;

import ${package}.${recordName}Input;
import org.peyvand.platform.core.error.ValidationException;

/** The JSON body of a create or change; {@code version} is the one read, required on change. */
public record ${recordName}Payload(String name, String notes, Map<String, Object> custom, Long version) {

    ${recordName}Input toInput() {
        return new ${recordName}Input(name, notes, custom);
    }

    long requiredVersion() {
        if (version == null) {
            throw ValidationException.of("version", "core.error.required");
        }
        return version;
    }
}
