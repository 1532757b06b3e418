package org.peyvand.module.network.internal.rest;

import org.peyvand.module.network.RegionInput;
import org.peyvand.platform.core.error.ValidationException;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON body of a city; a rename takes the names and the version read. */
public record RegionPayload(@Schema(description = "The province of a new city") Long provinceId, String nameFa, String nameEn, Long version) {

    RegionInput toInput() {
        return new RegionInput(provinceId, nameFa, nameEn);
    }

    long requiredVersion() {
        if (version == null) {
            throw ValidationException.of("version", "core.error.required");
        }
        return version;
    }
}
