package org.peyvand.ui.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FieldPathsTest {
    private static final List<String> PARTS = List.of("title", "widgets", "widgets[1]", "widgets[1].kind", "widgets[10].kind");

    @Test
    void thePartNamedOrTheClosestHoldingIt() {
        assertThat(FieldPaths.closest(PARTS, "widgets[1].kind")).contains("widgets[1].kind");
        assertThat(FieldPaths.closest(PARTS, "widgets[1].report")).contains("widgets[1]");
        assertThat(FieldPaths.closest(PARTS, "widgets[2].kind")).contains("widgets");
        assertThat(FieldPaths.closest(PARTS, "title.en")).contains("title");
    }

    @Test
    void aPrefixOfANameIsNotAPartOfIt() {
        assertThat(FieldPaths.closest(PARTS, "widgets[10].width")).as("widgets[1] does not hold widgets[10]").contains("widgets");
        assertThat(FieldPaths.closest(PARTS, "titles")).isEmpty();
        assertThat(FieldPaths.closest(PARTS, "shares[0]")).isEmpty();
    }
}
