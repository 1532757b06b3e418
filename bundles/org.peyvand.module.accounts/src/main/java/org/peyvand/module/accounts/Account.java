package org.peyvand.module.accounts;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An organisation (حساب): a legal entity with its 11-digit national ID (شناسه ملی), economic code
 * (کد اقتصادی) and registration number, phones and addresses, and an optional parent account.
 */
public record Account(long id, String name, String nationalId, String economicCode, String registrationNumber,
        String industry, List<Phone> phones, List<Address> addresses, String website, String owner,
        Long parentId, String parentName, Instant createdAt, Instant updatedAt, long version, Map<String, Object> custom) {

    /** @param custom the custom field values by field name (see the form {@code accounts.account}) */
    public Account {
        phones = List.copyOf(phones);
        addresses = List.copyOf(addresses);
        custom = custom == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(custom));
    }

    public Account(long id, String name, String nationalId, String economicCode, String registrationNumber, String industry,
            List<Phone> phones, List<Address> addresses, String website, String owner, Long parentId, String parentName,
            Instant createdAt, Instant updatedAt, long version) {
        this(id, name, nationalId, economicCode, registrationNumber, industry, phones, addresses, website, owner, parentId, parentName,
                createdAt, updatedAt, version, Map.of());
    }

    public Account withCustom(Map<String, Object> values) {
        return new Account(id, name, nationalId, economicCode, registrationNumber, industry, phones, addresses, website, owner,
                parentId, parentName, createdAt, updatedAt, version, values);
    }
}
