package org.peyvand.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;

import com.vaadin.data.provider.Query;
import com.vaadin.data.provider.QuerySortOrder;
import com.vaadin.shared.data.sort.SortDirection;

class KeysetDataProviderTest {

    /** 1..rows as a keyset source whose cursor is the last id, recording every request. */
    private static final class Numbers implements KeysetSource<Integer> {
        final int rows;
        final List<PageRequest> requests = new ArrayList<>();

        Numbers(int rows) {
            this.rows = rows;
        }

        @Override
        public Page<Integer> fetch(PageRequest request) {
            requests.add(request);
            int after = request.cursor() == null ? 0 : Integer.parseInt(request.cursor());
            List<Integer> items = IntStream.rangeClosed(after + 1, Math.min(after + request.limit(), rows)).boxed().toList();
            boolean more = !items.isEmpty() && items.get(items.size() - 1) < rows;
            return new Page<>(items, more ? String.valueOf(items.get(items.size() - 1)) : null);
        }

        @Override
        public long count() {
            return rows;
        }
    }

    private static List<Integer> fetch(KeysetDataProvider<Integer> provider, int offset, int limit, List<QuerySortOrder> sort) {
        return provider.fetch(new Query<>(offset, limit, sort, null, null)).collect(Collectors.toList());
    }

    @Test
    void servesOffsetWindowsAcrossPageBoundaries() {
        Numbers source = new Numbers(1000);
        KeysetDataProvider<Integer> provider = new KeysetDataProvider<>(source, "name");

        assertThat(fetch(provider, 0, 50, List.of())).containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
        assertThat(fetch(provider, 95, 10, List.of())).containsExactlyElementsOf(IntStream.rangeClosed(96, 105).boxed().toList());
        assertThat(provider.size(new Query<>())).isEqualTo(1000);
    }

    @Test
    void fetchesEachPageOnceByCursorAndNeverByOffset() {
        Numbers source = new Numbers(1000);
        KeysetDataProvider<Integer> provider = new KeysetDataProvider<>(source, "name");

        fetch(provider, 0, 40, List.of());
        fetch(provider, 40, 40, List.of());
        fetch(provider, 80, 40, List.of());

        assertThat(source.requests).hasSize(2);
        assertThat(source.requests.get(0).cursor()).isNull();
        assertThat(source.requests.get(1).cursor()).isEqualTo("100");
    }

    @Test
    void jumpingAheadWalksForwardFromTheLastKnownCursor() {
        Numbers source = new Numbers(1000);
        KeysetDataProvider<Integer> provider = new KeysetDataProvider<>(source, "name");

        assertThat(fetch(provider, 550, 5, List.of())).containsExactly(551, 552, 553, 554, 555);
        assertThat(source.requests).extracting(PageRequest::cursor).containsExactly(null, "100", "200", "300", "400", "500");
    }

    @Test
    void stopsAtTheEnd() {
        Numbers source = new Numbers(130);
        KeysetDataProvider<Integer> provider = new KeysetDataProvider<>(source, "name");

        assertThat(fetch(provider, 120, 50, List.of())).containsExactlyElementsOf(IntStream.rangeClosed(121, 130).boxed().toList());
        assertThat(fetch(provider, 300, 50, List.of())).isEmpty();
    }

    @Test
    void aNewSortOrRefreshStartsOver() {
        Numbers source = new Numbers(500);
        KeysetDataProvider<Integer> provider = new KeysetDataProvider<>(source, "name");
        fetch(provider, 0, 10, List.of());

        fetch(provider, 0, 10, List.of(new QuerySortOrder("createdAt", SortDirection.DESCENDING)));
        assertThat(source.requests.get(1).sort()).isEqualTo("createdAt");
        assertThat(source.requests.get(1).descending()).isTrue();
        assertThat(source.requests.get(1).cursor()).isNull();

        provider.refreshAll();
        fetch(provider, 0, 10, List.of(new QuerySortOrder("createdAt", SortDirection.DESCENDING)));
        assertThat(source.requests).hasSize(3);
    }
}
