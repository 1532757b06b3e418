package org.peyvand.module.accounts.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.page.KeysetCursor;
import org.peyvand.platform.core.page.PageRequest;

/**
 * The order of a keyset-paged list: by name (the stored sort key), by creation time or by a custom
 * field ({@code cf.<field>}), then by id, either way round. A cursor carries the last row's sort
 * value and id and is bound to the order it was made for, direction included.
 *
 * @param customField the custom field ordered by; {@code null} for name or creation time
 */
public record ListOrder(boolean byName, boolean descending, String customField) {
    public static final String NAME = "name";
    public static final String CREATED_AT = "createdAt";
    public static final String CUSTOM_PREFIX = "cf.";

    /** The position after which a page starts; by a custom field, a null value is among the records without one. */
    public record Position(Object sortValue, long id) {
    }

    public ListOrder(boolean byName, boolean descending) {
        this(byName, descending, null);
    }

    /** @throws ValidationException on {@code sort} for an unknown sort */
    public static ListOrder of(PageRequest page) {
        String sort = page.sort() == null || page.sort().isBlank() ? NAME : page.sort();
        if (sort.startsWith(CUSTOM_PREFIX) && sort.length() > CUSTOM_PREFIX.length()) {
            return new ListOrder(false, page.descending(), sort.substring(CUSTOM_PREFIX.length()));
        }
        if (!NAME.equals(sort) && !CREATED_AT.equals(sort)) {
            throw ValidationException.of("sort", "accounts.error.sort");
        }
        return new ListOrder(NAME.equals(sort), page.descending());
    }

    public boolean byCustomField() {
        return customField != null;
    }

    /** The position a client's cursor names, or empty for the first page. */
    public Optional<Position> after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        KeysetCursor decoded = KeysetCursor.decode(cursor, cursorSort());
        if (byCustomField()) {
            // the value stays text until the custom field's sort reads it; no text means no value
            return Optional.of(new Position(decoded.sortValue().isEmpty() ? null : decoded.sortValue(), decoded.id()));
        }
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
        return new KeysetCursor(cursorSort(), sortValue == null ? null : String.valueOf(sortValue), id).encode();
    }

    private String cursorSort() {
        String sort = byCustomField() ? CUSTOM_PREFIX + customField : byName ? NAME : CREATED_AT;
        return sort + (descending ? ":desc" : ":asc");
    }
}
