package org.peyvand.platform.search;

import java.util.Objects;

/**
 * One record found, in the caller's language.
 *
 * @param recordType the record's type, e.g. {@code accounts.contact}; results are grouped by it and opened with it
 * @param typeLabel  the type's name, heading its group
 * @param detail     a second line (a national id, a phone number); may be {@code null}
 */
public record SearchHit(String recordType, String typeLabel, String id, String title, String detail) {

    public SearchHit {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(typeLabel, "typeLabel");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
