package org.peyvand.module.accounts.internal.rest;

import java.util.List;
import java.util.Map;

import org.peyvand.module.accounts.AccountInput;
import org.peyvand.module.accounts.Address;
import org.peyvand.module.accounts.Phone;
import org.peyvand.platform.core.error.ValidationException;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON body of an account's create or update; unknown fields are refused by name. */
@Schema(name = "AccountInput", description = "An organisation as entered; the server validates and normalises every field.")
public record AccountPayload(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "فولاد مبارکه اصفهان") String name,
        @Schema(description = "شناسه ملی: 11 digits with a valid check digit", example = "10861312254") String nationalId,
        @Schema(description = "کد اقتصادی: 10 to 14 digits") String economicCode,
        @Schema(maxLength = 30) String registrationNumber,
        @Schema(maxLength = 100) String industry,
        @Schema(description = "kind is office, fax or mobile; numbers in any usual form") List<Phone> phones,
        @Schema(description = "province is a code such as tehran or a province name") List<Address> addresses,
        @Schema(maxLength = 200, description = "http(s) address; https:// is added when missing") String website,
        @Schema(description = "Username of the owner; defaults to the caller") String owner,
        @Schema(description = "Id of the parent account") Long parentId,
        @Schema(description = "The version read; required on update, a newer stored version is a conflict") Long version,
        @Schema(description = "Custom field values by field name (schema CustomFields_accounts_account, form GET /forms/accounts.account); fields left out keep their values")
        Map<String, Object> custom) {

    AccountInput toInput() {
        return new AccountInput(name, nationalId, economicCode, registrationNumber, industry, phones, addresses, website,
                owner, parentId, custom);
    }

    long requiredVersion() {
        if (version == null) {
            throw ValidationException.of("version", "core.error.required");
        }
        return version;
    }
}
