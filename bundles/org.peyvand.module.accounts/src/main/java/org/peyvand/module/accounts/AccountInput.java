package org.peyvand.module.accounts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user enters for an organisation; {@code owner} defaults to the caller when blank.
 *
 * @param custom custom field values by field name, as typed; fields not named keep their stored values
 */
public record AccountInput(String name, String nationalId, String economicCode, String registrationNumber,
        String industry, List<Phone> phones, List<Address> addresses, String website, String owner, Long parentId,
        Map<String, Object> custom) {

    public AccountInput {
        phones = phones == null ? List.of() : List.copyOf(phones);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        custom = custom == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(custom));
    }

    public AccountInput(String name, String nationalId, String economicCode, String registrationNumber, String industry,
            List<Phone> phones, List<Address> addresses, String website, String owner, Long parentId) {
        this(name, nationalId, economicCode, registrationNumber, industry, phones, addresses, website, owner, parentId, Map.of());
    }

    public AccountInput withCustom(Map<String, Object> values) {
        return new AccountInput(name, nationalId, economicCode, registrationNumber, industry, phones, addresses, website, owner,
                parentId, values);
    }
}
