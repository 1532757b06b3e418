package org.peyvand.platform.core.page;

import java.util.List;
import java.util.function.Function;

/** Rows of one page and the cursor of the next; {@code nextCursor} is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), nextCursor);
    }

    public boolean hasNext() {
        return nextCursor != null;
    }
}
