package org.peyvand.module.accounts.internal.rest;

import java.util.Map;

import org.peyvand.module.accounts.ContactInput;
import org.peyvand.module.accounts.internal.DateText;
import org.peyvand.platform.core.error.ValidationException;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON body of a contact's create or update; unknown fields are refused by name. */
@Schema(name = "ContactInput", description = "A person as entered; the server validates and normalises every field.")
public record ContactPayload(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100, example = "زهرا") String firstName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100, example = "رضایی") String lastName,
        @Schema(description = "10 digits with a valid check digit; Persian digits accepted", example = "0499370899") String nationalCode,
        @Schema(description = "Iranian mobile in any usual form; stored as +98…", example = "0912 123 4567") String mobile,
        @Schema(maxLength = 254, example = "z.rezaei@example.com") String email,
        @Schema(description = "ISO (1990-08-03) or Jalali (1369/05/12)", example = "1369/05/12") String birthDate,
        @Schema(description = "Id of the account the person works for") Long accountId,
        @Schema(maxLength = 100, example = "مدیر فروش") String jobTitle,
        @Schema(description = "The version read; required on update, a newer stored version is a conflict") Long version,
        @Schema(description = "Custom field values by field name (schema CustomFields_accounts_contact, form GET /forms/accounts.contact); fields left out keep their values")
        Map<String, Object> custom) {

    ContactInput toInput() {
        return new ContactInput(firstName, lastName, nationalCode, mobile, email,
                birthDate == null || birthDate.isBlank() ? null
                        : DateText.parse(birthDate).orElseThrow(() -> ValidationException.of("birthDate", "core.error.invalidDate")),
                accountId, jobTitle, custom);
    }

    long requiredVersion() {
        if (version == null) {
            throw ValidationException.of("version", "core.error.required");
        }
        return version;
    }
}
