package org.peyvand.module.occasions.internal.rest;

import org.peyvand.module.occasions.PlanInput;
import org.peyvand.platform.core.error.ValidationException;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON body of a greeting plan; {@code version} is the one read, required on change. */
public record PlanPayload(@Schema(description = "birthday, official:<code> or company:<id>", example = "official:NOWRUZ") String occasion,
        @Schema(description = "Persian text; placeholders {name}, {occasion}, {date}") String templateFa,
        @Schema(description = "English text; placeholders {name}, {occasion}, {date}") String templateEn,
        @Schema(description = "A channel's id, e.g. owner", example = "owner") String channel, Boolean enabled, Long version) {

    PlanInput toInput() {
        return new PlanInput(occasion, templateFa, templateEn, channel, Boolean.TRUE.equals(enabled));
    }

    long requiredVersion() {
        if (version == null) {
            throw ValidationException.of("version", "core.error.required");
        }
        return version;
    }
}
