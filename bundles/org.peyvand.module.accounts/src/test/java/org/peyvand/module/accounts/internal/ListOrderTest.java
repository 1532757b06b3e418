package org.peyvand.module.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.page.KeysetCursor;
import org.peyvand.platform.core.page.PageRequest;

class ListOrderTest {

    @Test
    void sortsByNameUnlessToldOtherwise() {
        assertThat(ListOrder.of(PageRequest.first(10, null, false))).isEqualTo(new ListOrder(true, false));
        assertThat(ListOrder.of(PageRequest.first(10, "", true))).isEqualTo(new ListOrder(true, true));
        assertThat(ListOrder.of(PageRequest.first(10, "createdAt", true))).isEqualTo(new ListOrder(false, true));
    }

    @Test
    void refusesAnUnknownSort() {
        assertThat(FieldErrors.of(() -> ListOrder.of(PageRequest.first(10, "email", false)))).containsExactly("sort=accounts.error.sort");
    }

    @Test
    void theFirstPageHasNoPosition() {
        assertThat(new ListOrder(true, false).after(null)).isEmpty();
        assertThat(new ListOrder(true, false).after(" ")).isEmpty();
    }

    @Test
    void aNameCursorCarriesTheSortKeyAndId() {
        ListOrder order = new ListOrder(true, false);
        String key = SortKeys.ofPerson("علی", "کریمی");

        assertThat(order.after(order.cursor(key, 42))).contains(new ListOrder.Position(key, 42));
    }

    @Test
    void aCreationCursorCarriesTheInstant() {
        ListOrder order = new ListOrder(false, true);
        Instant created = Instant.parse("2024-03-20T08:15:30.123Z");

        assertThat(order.after(order.cursor(created, 7))).contains(new ListOrder.Position(created, 7));
    }

    @Test
    void refusesACursorMadeForAnotherSortOrDirection() {
        String byName = new ListOrder(true, false).cursor("x", 1);

        assertThat(FieldErrors.of(() -> new ListOrder(false, false).after(byName))).containsExactly("cursor=core.error.cursor");
        assertThat(FieldErrors.of(() -> new ListOrder(true, true).after(byName))).containsExactly("cursor=core.error.cursor");
    }

    @Test
    void refusesAMalformedCursor() {
        assertThat(FieldErrors.of(() -> new ListOrder(true, false).after("not a cursor"))).containsExactly("cursor=core.error.cursor");
        String badInstant = new KeysetCursor("createdAt:asc", "yesterday", 3).encode();
        assertThat(FieldErrors.of(() -> new ListOrder(false, false).after(badInstant))).containsExactly("cursor=core.error.cursor");
    }
}
