package org.peyvand.platform.timeline;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The record a timeline is about, named like record screens name it.
 *
 * @param type the record type, e.g. {@code accounts.account}
 * @param id   the record's id within its type, e.g. {@code 42}
 */
public record TimelineSubject(String type, String id) {

    public TimelineSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    /** The id as a number, or empty when the subject's ids are not numbers. */
    public OptionalLong numericId() {
        try {
            return OptionalLong.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
