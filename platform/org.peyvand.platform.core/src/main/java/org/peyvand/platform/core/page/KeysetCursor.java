package org.peyvand.platform.core.page;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.peyvand.platform.core.error.ValidationException;

/**
 * The position after the last row of a page: that row's sort value and id. Opaque to clients
 * (URL-safe Base64), and bound to the sort it was made for so it cannot be replayed under another.
 */
public record KeysetCursor(String sort, String sortValue, long id) {
    private static final char SEPARATOR = '\u001F';

    public String encode() {
        String raw = sort + SEPARATOR + (sortValue == null ? "" : sortValue) + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a client's cursor, rejecting one that is malformed or made for another sort. */
    public static KeysetCursor decode(String cursor, String expectedSort) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int first = raw.indexOf(SEPARATOR);
            int last = raw.lastIndexOf(SEPARATOR);
            if (first < 0 || last == first) {
                throw invalid();
            }
            String sort = raw.substring(0, first);
            if (!sort.equals(expectedSort)) {
                throw invalid();
            }
            return new KeysetCursor(sort, raw.substring(first + 1, last), Long.parseLong(raw.substring(last + 1)));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ValidationException invalid() {
        return ValidationException.of("cursor", "core.error.cursor");
    }
}
