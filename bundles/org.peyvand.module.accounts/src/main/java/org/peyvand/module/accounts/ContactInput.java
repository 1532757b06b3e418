package org.peyvand.module.accounts;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a user enters for a person; the service validates and normalises every field.
 *
 * @param custom custom field values by field name, as typed; fields not named keep their stored values
 */
public record ContactInput(String firstName, String lastName, String nationalCode, String mobile, String email,
        LocalDate birthDate, Long accountId, String jobTitle, Map<String, Object> custom) {

    public ContactInput {
        custom = custom == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(custom));
    }

    public ContactInput(String firstName, String lastName, String nationalCode, String mobile, String email, LocalDate birthDate,
            Long accountId, String jobTitle) {
        this(firstName, lastName, nationalCode, mobile, email, birthDate, accountId, jobTitle, Map.of());
    }

    public ContactInput withCustom(Map<String, Object> values) {
        return new ContactInput(firstName, lastName, nationalCode, mobile, email, birthDate, accountId, jobTitle, values);
    }
}
