package org.peyvand.module.accounts;

import java.util.List;

/** What a user enters for an organisation; {@code owner} defaults to the caller when blank. */
public record AccountInput(String name, String nationalId, String economicCode, String registrationNumber,
        String industry, List<Phone> phones, List<Address> addresses, String website, String owner, Long parentId) {

    public AccountInput {
        phones = phones == null ? List.of() : List.copyOf(phones);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }
}
