package org.peyvand.module.accounts;

import java.time.Instant;
import java.util.List;

/**
 * An organisation (حساب): a legal entity with its 11-digit national ID (شناسه ملی), economic code
 * (کد اقتصادی) and registration number, phones and addresses, and an optional parent account.
 */
public record Account(long id, String name, String nationalId, String economicCode, String registrationNumber,
        String industry, List<Phone> phones, List<Address> addresses, String website, String owner,
        Long parentId, String parentName, Instant createdAt, Instant updatedAt, long version) {

    public Account {
        phones = List.copyOf(phones);
        addresses = List.copyOf(addresses);
    }
}
