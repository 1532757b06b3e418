package org.peyvand.module.accounts.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.page.KeysetCursor;
import org.peyvand.platform.core.page.PageRequest;

/**
 * The order of a keyset-paged list: by name (the stored sort key) or by creation time, then by id,
 * either way round. A cursor carries the last row's sort value and id and is bound to the order it
 * was made for, direction included.
 */
public record ListOrder(boolean byName, boolean descending) {
    public static final String NAME = "name";
    public static final String CREATED_AT = "createdAt";

    /** The position after which a page starts. */
    public record Position(Object sortValue, long id) {
    }

    /** @throws ValidationException on {@code sort} for an unknown sort */
    public static ListOrder of(PageRequest page) {
        String sort = page.sort() == null || page.sort().isBlank() ? NAME : page.sort();
        if (!NAME.equals(sort) && !CREATED_AT.equals(sort)) {
            throw ValidationException.of("sort", "accounts.error.sort");
        }
        return new ListOrder(NAME.equals(sort), page.descending());
    }

    /** The position a client's cursor names, or empty for the first page. */
    public Optional<Position> after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        KeysetCursor decoded = KeysetCursor.decode(cursor, cursorSort());
        if (byName) {
            return Optional.of(new Position(decoded.sortValue(), decoded.id()));
        }
        try {
            return Optional.of(new Position(Instant.parse(decoded.sortValue()), decoded.id()));
        } catch (DateTimeParseException e) {
            throw ValidationException.of("cursor", "core.error.cursor");
        }
    }

    public String cursor(Object sortValue, long id) {
        return new KeysetCursor(cursorSort(), String.valueOf(sortValue), id).encode();
    }

    private String cursorSort() {
        return (byName ? NAME : CREATED_AT) + (descending ? ":desc" : ":asc");
    }
}
