package org.peyvand.module.visits.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

import org.peyvand.module.visits.Visit;
import org.peyvand.module.visits.VisitService;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.page.KeysetCursor;
import org.peyvand.platform.core.page.PageRequest;

/**
 * A list's order: the entity attribute it sorts by (never null, so keyset paging holds), with the
 * id breaking ties, and how a cursor's position is read back.
 */
public record ListOrder(String sort, String attribute, boolean descending, Function<Visit, String> position, Function<String, Object> parse) {

    public static ListOrder of(PageRequest page) {
        String sort = page.sort() == null ? VisitService.SORT_DATE : page.sort();
        return switch (sort) {
            case VisitService.SORT_DATE -> new ListOrder(sort, "visitDate", page.descending(), row -> row.visitDate().toString(), LocalDate::parse);
            case VisitService.SORT_CREATED -> new ListOrder(sort, "createdAt", page.descending(), row -> row.createdAt().toString(), Instant::parse);
            default -> throw ValidationException.of("sort", "visits.error.sort");
        };
    }

    /** The position after which a page starts, from the client's cursor; {@code null} for the first page. */
    public KeysetCursor after(String cursor) {
        return cursor == null ? null : KeysetCursor.decode(cursor, sort);
    }

    public String cursorAfter(Visit last) {
        return new KeysetCursor(sort, position.apply(last), last.id()).encode();
    }
}
