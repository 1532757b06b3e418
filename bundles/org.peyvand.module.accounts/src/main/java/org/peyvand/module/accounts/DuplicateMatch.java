package org.peyvand.module.accounts;

/** A stored record that shares {@code field} (nationalCode, nationalId, mobile or email) with the input. */
public record DuplicateMatch(String field, long id, String name) {
}
