package org.peyvand.module.accounts;

import java.time.LocalDate;

/** What a user enters for a person; the service validates and normalises every field. */
public record ContactInput(String firstName, String lastName, String nationalCode, String mobile, String email,
        LocalDate birthDate, Long accountId, String jobTitle) {
}
