package org.peyvand.ui.kit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;

import com.vaadin.data.provider.AbstractBackEndDataProvider;
import com.vaadin.data.provider.Query;
import com.vaadin.data.provider.QuerySortOrder;
import com.vaadin.shared.data.sort.SortDirection;

/**
 * Feeds a Vaadin grid, which asks by offset, from a keyset-paged source, which answers by cursor.
 * Pages of a fixed size are fetched in order and the cursor after each is remembered, so scrolling
 * down costs one keyset query per page and never an OFFSET scan; a jump far ahead walks forward
 * from the last known cursor. Recent pages stay cached until the filter or sort changes.
 */
public final class KeysetDataProvider<T> extends AbstractBackEndDataProvider<T, Void> {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 100;
    private static final int CACHED_PAGES = 20;

    private final transient KeysetSource<T> source;
    private final String defaultSort;
    private final List<String> cursors = new ArrayList<>();
    private final Map<Integer, List<T>> pages = new LinkedHashMap<>(CACHED_PAGES, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private String sort;
    private boolean descending;
    private boolean lastPageKnown;

    public KeysetDataProvider(KeysetSource<T> source, String defaultSort) {
        this.source = source;
        this.defaultSort = defaultSort;
        this.sort = defaultSort;
        cursors.add(null);
    }

    @Override
    protected synchronized Stream<T> fetchFromBackEnd(Query<T, Void> query) {
        useSort(query.getSortOrders());
        int offset = query.getOffset();
        int end = offset + query.getLimit();
        List<T> rows = new ArrayList<>(query.getLimit());
        for (int index = offset / PAGE_SIZE; index * PAGE_SIZE < end; index++) {
            List<T> page = page(index);
            if (page == null) {
                break;
            }
            int from = Math.max(offset - index * PAGE_SIZE, 0);
            int to = Math.min(end - index * PAGE_SIZE, page.size());
            if (from < to) {
                rows.addAll(page.subList(from, to));
            }
        }
        return rows.stream();
    }

    @Override
    protected int sizeInBackEnd(Query<T, Void> query) {
        return (int) Math.min(Integer.MAX_VALUE, source.count());
    }

    /** Forgets every page and cursor: the filter changed or rows were added or removed. */
    @Override
    public synchronized void refreshAll() {
        reset();
        super.refreshAll();
    }

    private List<T> page(int index) {
        List<T> cached = pages.get(index);
        if (cached != null) {
            return cached;
        }
        while (cursors.size() <= index) {
            if (lastPageKnown) {
                return null;
            }
            fetch(cursors.size() - 1);
        }
        return fetch(index);
    }

    private List<T> fetch(int index) {
        Page<T> page = source.fetch(new PageRequest(cursors.get(index), PAGE_SIZE, sort, descending));
        pages.put(index, page.items());
        if (!page.hasNext()) {
            lastPageKnown = true;
        } else if (cursors.size() == index + 1) {
            cursors.add(page.nextCursor());
        }
        return page.items();
    }

    private void useSort(List<QuerySortOrder> orders) {
        String nextSort = orders.isEmpty() ? defaultSort : orders.get(0).getSorted();
        boolean nextDescending = !orders.isEmpty() && orders.get(0).getDirection() == SortDirection.DESCENDING;
        if (!nextSort.equals(sort) || nextDescending != descending) {
            sort = nextSort;
            descending = nextDescending;
            reset();
        }
    }

    private void reset() {
        cursors.clear();
        cursors.add(null);
        pages.clear();
        lastPageKnown = false;
    }
}
