package org.peyvand.module.occasions.internal.rest;

import org.peyvand.module.occasions.CompanyEventInput;
import org.peyvand.module.occasions.internal.Params;
import org.peyvand.platform.core.error.ValidationException;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON body of a company event: a Jalali {@code month} and {@code day} every year, or one {@code date}. */
public record EventPayload(String nameFa, String nameEn, @Schema(description = "Jalali month, 1-12") Integer month,
        @Schema(description = "Day of the Jalali month") Integer day,
        @Schema(description = "A single date, 2026-03-20 or Jalali 1404/12/29") String date, Long version) {

    CompanyEventInput toInput() {
        return new CompanyEventInput(nameFa, nameEn, month, day, Params.date(date, "date"));
    }

    long requiredVersion() {
        if (version == null) {
            throw ValidationException.of("version", "core.error.required");
        }
        return version;
    }
}
