package org.peyvand.module.network.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RootPageTest {

    @Test
    void mergesBothSourcesByIdWhenNeitherIsCut() {
        RootPage page = RootPage.merge(List.of(3L, 9L), List.of(1L, 3L, 5L), List.of(1L, 3L), 5);
        assertThat(page.ids()).containsExactly(1L, 3L, 9L);
        assertThat(page.nextAfter()).isNull();
    }

    @Test
    void aFullPageResumesAfterItsLastId() {
        RootPage page = RootPage.merge(List.of(2L, 4L, 6L), List.of(1L, 3L), List.of(1L, 3L), 2);
        assertThat(page.ids()).containsExactly(1L, 2L);
        assertThat(page.nextAfter()).isEqualTo(2L);
    }

    @Test
    void stopsWhereACutSourceEndsSoNoTopIsSkipped() {
        // the candidates were cut at 3 and both had parents: tops beyond 3 wait for the next page,
        // which may still find candidates between 3 and 10
        RootPage page = RootPage.merge(List.of(10L), List.of(2L, 3L), List.of(), 1);
        assertThat(page.ids()).isEmpty();
        assertThat(page.nextAfter()).isEqualTo(3L);
    }
}
