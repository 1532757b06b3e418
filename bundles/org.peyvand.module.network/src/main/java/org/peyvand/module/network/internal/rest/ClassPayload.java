package org.peyvand.module.network.internal.rest;

import org.peyvand.module.network.NodeClassInput;
import org.peyvand.platform.core.error.ValidationException;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON body of a class; a change takes the names, the criteria and the version read. */
public record ClassPayload(@Schema(description = "Latin letters, digits, + and -", example = "A") String code, String nameFa, String nameEn,
        @Schema(description = "What earns the grade") String criteria, Long version) {

    NodeClassInput toInput() {
        return new NodeClassInput(code, nameFa, nameEn, criteria);
    }

    long requiredVersion() {
        if (version == null) {
            throw ValidationException.of("version", "core.error.required");
        }
        return version;
    }
}
