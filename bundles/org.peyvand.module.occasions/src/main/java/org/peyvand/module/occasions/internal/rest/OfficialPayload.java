package org.peyvand.module.occasions.internal.rest;

import org.peyvand.module.occasions.OfficialChange;
import org.peyvand.platform.core.error.ValidationException;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON body changing an official occasion; {@code version} is the one read. */
public record OfficialPayload(@Schema(description = "Whether greetings and lists include it") Boolean enabled,
        @Schema(description = "Days a lunar occasion is moved from Umm al-Qura, -2 to 2") Integer correction, Long version) {

    OfficialChange toChange() {
        return new OfficialChange(enabled, correction);
    }

    long requiredVersion() {
        if (version == null) {
            throw ValidationException.of("version", "core.error.required");
        }
        return version;
    }
}
