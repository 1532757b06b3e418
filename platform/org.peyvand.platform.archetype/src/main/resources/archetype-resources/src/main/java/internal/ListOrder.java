package ${package}.internal;

import java.time.Instant;
import java.util.function.Function;

import ${package}.${recordName};
import ${package}.${recordName}Service;
import ${package}.internal.jpa.${recordName}Entity;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.page.KeysetCursor;
import org.peyvand.platform.core.page.PageRequest;

/**
 * A list's order: the entity attribute it sorts by (never null, so keyset paging holds), with the
 * id breaking ties, and how a cursor's position is read back.
 */
public record ListOrder(String sort, String attribute, boolean descending, Function<${recordName}, String> position,
        Function<String, Object> parse) {

    public static ListOrder of(PageRequest page) {
        String sort = page.sort() == null ? ${recordName}Service.SORT_NAME : page.sort();
        return switch (sort) {
            case ${recordName}Service.SORT_NAME -> new ListOrder(sort, ${recordName}Entity.SORT_KEY, page.descending(),
                    row -> ${recordName}Entity.sortKey(row.name()), text -> text);
            case ${recordName}Service.SORT_CREATED -> new ListOrder(sort, "createdAt", page.descending(),
                    row -> row.createdAt().toString(), Instant::parse);
            default -> throw ValidationException.of("sort", "${moduleId}.error.sort");
        };
    }

    /** The position after which a page starts, from the client's cursor; {@code null} for the first page. */
    public KeysetCursor after(String cursor) {
        return cursor == null ? null : KeysetCursor.decode(cursor, sort);
    }

    public String cursorAfter(${recordName} last) {
        return new KeysetCursor(sort, position.apply(last), last.id()).encode();
    }
}
