package org.peyvand.platform.security;

import java.util.Set;

/**
 * The fields of one record type a caller may not see, or may see but not change. A module
 * applies it to every value it hands out (lists, forms, REST, exports, search results) and to
 * every change it accepts.
 */
public record FieldAccess(Set<String> hidden, Set<String> readOnly) {

    public static final FieldAccess UNRESTRICTED = new FieldAccess(Set.of(), Set.of());

    /** How a role may treat a field. */
    public enum Access {
        HIDDEN, READ_ONLY
    }

    public FieldAccess {
        hidden = Set.copyOf(hidden);
        readOnly = Set.copyOf(readOnly);
    }

    public boolean visible(String field) {
        return !hidden.contains(field);
    }

    public boolean editable(String field) {
        return visible(field) && !readOnly.contains(field);
    }

    /** The value a caller may see: the value itself, or {@code null} for a hidden field. */
    public <T> T shown(String field, T value) {
        return visible(field) ? value : null;
    }
}
