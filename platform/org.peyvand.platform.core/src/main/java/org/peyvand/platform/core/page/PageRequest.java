package org.peyvand.platform.core.page;

/**
 * One page of a keyset-paged list: the cursor of the previous page (null for the first),
 * how many rows, and the sort key with its direction.
 */
public record PageRequest(String cursor, int limit, String sort, boolean descending) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw org.peyvand.platform.core.error.ValidationException.of("limit", "core.error.range", 1, MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit, String sort, boolean descending) {
        return new PageRequest(null, limit, sort, descending);
    }

    public PageRequest next(String nextCursor) {
        return new PageRequest(nextCursor, limit, sort, descending);
    }
}
