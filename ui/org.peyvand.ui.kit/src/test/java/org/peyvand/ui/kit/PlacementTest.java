package org.peyvand.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.form.FormSection;
import org.peyvand.platform.form.FormTab;
import org.peyvand.platform.form.LocalizedText;

class PlacementTest {
    private static final LocalizedText DETAILS = LocalizedText.of("مشخصات", "Details");

    @Test
    void withoutAnArrangementEveryFieldIsInOneColumn() {
        List<Placement.Tab> tabs = Placement.of(List.of(), List.of("a", "b"), "fa");
        assertThat(tabs).containsExactly(new Placement.Tab(null, List.of(new Placement.Section(null, 1, List.of("a", "b")))));
    }

    @Test
    void sectionsHoldTheFieldsTheFormHasInTheDefinitionsOrderWithTitlesInTheLanguage() {
        List<FormTab> arrangement = List.of(new FormTab(null, List.of(new FormSection(DETAILS, 2, List.of("b", "owner", "a")))));
        List<Placement.Tab> tabs = Placement.of(arrangement, List.of("a", "b"), "en");
        assertThat(tabs).containsExactly(new Placement.Tab(null, List.of(new Placement.Section("Details", 2, List.of("b", "a")))));
    }

    @Test
    void aFieldTheArrangementDoesNotNameFollowsTheFieldAddedBeforeIt() {
        List<FormTab> arrangement = List.of(new FormTab(null, List.of(new FormSection(DETAILS, 2, List.of("name", "industry", "website")))));
        List<Placement.Tab> tabs = Placement.of(arrangement, List.of("phone", "name", "industry", "fax", "city", "website"), "fa");
        assertThat(tabs.get(0).sections().get(0).fields()).containsExactly("phone", "name", "industry", "fax", "city", "website");
    }

    @Test
    void emptySectionsAndTabsAreDroppedAndBlankTitlesAreNone() {
        List<FormTab> arrangement = List.of(
                new FormTab(LocalizedText.of("اصلی", "Main"), List.of(new FormSection(LocalizedText.of(" ", null), 1, List.of("a")),
                        new FormSection(DETAILS, 3, List.of("gone")))),
                new FormTab(LocalizedText.of("دیگر", "Other"), List.of(new FormSection(null, 1, List.of("removed")))));
        List<Placement.Tab> tabs = Placement.of(arrangement, List.of("a"), "fa");
        assertThat(tabs).containsExactly(new Placement.Tab("اصلی", List.of(new Placement.Section(null, 1, List.of("a")))));
    }

    @Test
    void aFieldNamedTwiceIsPlacedOnce() {
        List<FormTab> arrangement = List.of(new FormTab(null, List.of(new FormSection(null, 1, List.of("a", "a")))),
                new FormTab(null, List.of(new FormSection(null, 1, List.of("a", "b")))));
        List<Placement.Tab> tabs = Placement.of(arrangement, List.of("a", "b"), "fa");
        assertThat(tabs).hasSize(2);
        assertThat(tabs.get(0).sections().get(0).fields()).containsExactly("a");
        assertThat(tabs.get(1).sections().get(0).fields()).containsExactly("b");
    }
}
