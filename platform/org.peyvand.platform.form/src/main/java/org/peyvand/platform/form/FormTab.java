package org.peyvand.platform.form;

import java.util.List;

/** A tab of a form; a form with one tab shows no tab bar. */
public record FormTab(LocalizedText title, List<FormSection> sections) {

    public FormTab {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
