package org.peyvand.module.relations.internal.rest;

import org.peyvand.module.relations.LinkInput;
import org.peyvand.module.relations.internal.Params;
import org.peyvand.platform.core.error.ValidationException;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON body of a link's create or change; {@code version} is the one read, required on change. */
public record LinkPayload(@Schema(description = "The relationship type's id (GET /relations/types)") Long typeId,
        @Schema(description = "account or contact", example = "contact") String fromKind, Long fromId,
        @Schema(description = "account or contact", example = "account") String toKind, Long toId,
        @Schema(description = "ISO (2025-03-21) or Jalali (1404/01/01), in any digits") String startDate,
        @Schema(description = "Left out while the relationship lasts") String endDate, String notes, Long version) {

    LinkInput toInput() {
        return new LinkInput(typeId, Params.kind(fromKind, "fromKind"), fromId, Params.kind(toKind, "toKind"), toId,
                Params.date(startDate, "startDate"), Params.date(endDate, "endDate"), notes);
    }

    long requiredVersion() {
        if (version == null) {
            throw ValidationException.of("version", "core.error.required");
        }
        return version;
    }
}
