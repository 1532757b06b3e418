package org.peyvand.module.relations.internal.rest;

import org.peyvand.module.relations.RelationTypeInput;
import org.peyvand.module.relations.internal.Params;
import org.peyvand.platform.core.error.ValidationException;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON body of a relation type; a change takes the names and the version read. */
public record TypePayload(@Schema(description = "Lower-case letters, digits and hyphens", example = "mentor-of") String code, String nameFa,
        String nameEn, String inverseFa, String inverseEn,
        @Schema(description = "account or contact; left out for either", example = "contact") String fromKind,
        @Schema(description = "account or contact; left out for either") String toKind,
        @Schema(description = "Links of the type form a hierarchy: a cycle is refused") Boolean hierarchical, Long version) {

    RelationTypeInput toInput() {
        return new RelationTypeInput(code, nameFa, nameEn, inverseFa, inverseEn, Params.kind(fromKind, "fromKind"), Params.kind(toKind, "toKind"),
                Boolean.TRUE.equals(hierarchical));
    }

    long requiredVersion() {
        if (version == null) {
            throw ValidationException.of("version", "core.error.required");
        }
        return version;
    }
}
