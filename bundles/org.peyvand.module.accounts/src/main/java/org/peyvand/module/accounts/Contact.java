package org.peyvand.module.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person (فرد). {@code mobile} is stored in E.164 ({@code +989121234567}), {@code nationalCode}
 * as its 10 digits; {@code accountName} is the linked account's name, for lists.
 */
public record Contact(long id, String firstName, String lastName, String nationalCode, String mobile, String email,
        LocalDate birthDate, Long accountId, String accountName, String jobTitle, String owner,
        Instant createdAt, Instant updatedAt, long version, Map<String, Object> custom) {

    /** @param custom the custom field values by field name (see the form {@code accounts.contact}) */
    public Contact {
        custom = custom == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(custom));
    }

    public Contact(long id, String firstName, String lastName, String nationalCode, String mobile, String email,
            LocalDate birthDate, Long accountId, String accountName, String jobTitle, String owner,
            Instant createdAt, Instant updatedAt, long version) {
        this(id, firstName, lastName, nationalCode, mobile, email, birthDate, accountId, accountName, jobTitle, owner, createdAt,
                updatedAt, version, Map.of());
    }

    public Contact withCustom(Map<String, Object> values) {
        return new Contact(id, firstName, lastName, nationalCode, mobile, email, birthDate, accountId, accountName, jobTitle, owner,
                createdAt, updatedAt, version, values);
    }

    public String fullName() {
        return fullName(firstName, lastName);
    }

    /** How a contact with these names is called. */
    public static String fullName(String firstName, String lastName) {
        return (firstName + " " + lastName).trim();
    }
}
