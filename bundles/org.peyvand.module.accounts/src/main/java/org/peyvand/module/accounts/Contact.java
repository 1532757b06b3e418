package org.peyvand.module.accounts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person (فرد). {@code mobile} is stored in E.164 ({@code +989121234567}), {@code nationalCode}
 * as its 10 digits; {@code accountName} is the linked account's name, for lists.
 */
public record Contact(long id, String firstName, String lastName, String nationalCode, String mobile, String email,
        LocalDate birthDate, Long accountId, String accountName, String jobTitle, String owner,
        Instant createdAt, Instant updatedAt, long version) {

    public String fullName() {
        return (firstName + " " + lastName).trim();
    }
}
