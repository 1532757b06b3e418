package org.peyvand.module.notes.internal.rest;

import org.peyvand.module.notes.NoteInput;
import org.peyvand.platform.core.error.ValidationException;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON body of a note's create or change; {@code version} is the one read, required on change. */
public record NotePayload(@Schema(description = "The record's type, as lookups name it", example = "accounts.account") String recordType,
        @Schema(description = "The record's id") Long recordId, @Schema(description = "At most 4000 characters") String text, Boolean pinned,
        Long version) {

    NoteInput toInput() {
        return new NoteInput(recordType, recordId, text, Boolean.TRUE.equals(pinned));
    }

    long requiredVersion() {
        if (version == null) {
            throw ValidationException.of("version", "core.error.required");
        }
        return version;
    }
}
