package org.peyvand.ui.kit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.peyvand.platform.form.FormSection;
import org.peyvand.platform.form.FormTab;
import org.peyvand.platform.form.LocalizedText;

/**
 * Where the fields of a rendered form go: in the tabs and sections a definition arranges, each
 * section holding the fields the form has, in the definition's order. A field the arrangement does
 * not name stays next to the field added before it (an editor's own fields keep their order around
 * the ones the definition places); sections and tabs left empty are dropped.
 */
final class Placement {

    record Section(String title, int columns, List<String> fields) {
    }

    record Tab(String title, List<Section> sections) {
    }

    private Placement() {
    }

    /**
     * @param arrangement the definition's tabs; empty for a form without one
     * @param added       the form's fields, in the order they were added
     * @param language    the language of the titles, "fa" or "en"
     */
    static List<Tab> of(List<FormTab> arrangement, List<String> added, String language) {
        Set<String> present = new HashSet<>(added);
        Set<String> placed = new HashSet<>();
        List<Tab> tabs = new ArrayList<>();
        for (FormTab tab : arrangement) {
            List<Section> sections = new ArrayList<>();
            for (FormSection section : tab.sections()) {
                List<String> names = new ArrayList<>();
                section.fields().stream().filter(present::contains).filter(placed::add).forEach(names::add);
                sections.add(new Section(text(section.title(), language), section.columns(), names));
            }
            tabs.add(new Tab(text(tab.title(), language), sections));
        }
        if (tabs.isEmpty() || tabs.get(0).sections().isEmpty()) {
            tabs.add(0, new Tab(null, new ArrayList<>(List.of(new Section(null, 1, new ArrayList<>())))));
        }
        for (int i = 0; i < added.size(); i++) {
            String name = added.get(i);
            if (placed.add(name)) {
                insertAfter(tabs, i == 0 ? null : added.get(i - 1), name);
            }
        }
        return tabs.stream()
                .map(t -> new Tab(t.title(), t.sections().stream().filter(s -> !s.fields().isEmpty())
                        .map(s -> new Section(s.title(), s.columns(), List.copyOf(s.fields()))).toList()))
                .filter(t -> !t.sections().isEmpty()).toList();
    }

    /** Puts {@code name} after {@code previous}, or first in the form when there is none. */
    private static void insertAfter(List<Tab> tabs, String previous, String name) {
        if (previous != null) {
            for (Tab tab : tabs) {
                for (Section section : tab.sections()) {
                    int at = section.fields().indexOf(previous);
                    if (at >= 0) {
                        section.fields().add(at + 1, name);
                        return;
                    }
                }
            }
        }
        tabs.get(0).sections().get(0).fields().add(0, name);
    }

    private static String text(LocalizedText text, String language) {
        if (text == null) {
            return null;
        }
        String shown = text.in(language);
        return shown.isBlank() ? null : shown;
    }
}
