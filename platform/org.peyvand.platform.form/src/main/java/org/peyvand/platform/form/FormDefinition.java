package org.peyvand.platform.form;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A form: its fields and how they are laid out.
 *
 * @param key         a record type ({@code accounts.contact}, {@code custom.<name>} for no-code types) or a
 *                    stand-alone form ({@code form.<name>})
 * @param module      the module that ships the form; {@code null} for forms administrators designed
 * @param listColumns the fields a list of the record type shows, in order
 * @param menuSection for no-code record types: the workspace menu section their list appears in
 * @param version     the published version; 0 for a module's shipped form nobody changed yet
 */
public record FormDefinition(String key, FormKind kind, String module, LocalizedText label, List<FieldDefinition> fields,
        List<FormTab> tabs, List<String> listColumns, String menuSection, Integer version) {

    /** A definition may arrive without a key (the address names the form); publishing refuses it then. */
    public FormDefinition {
        version = version == null ? 0 : version;
        kind = kind == null ? FormKind.RECORD_TYPE : kind;
        label = label == null && key != null ? LocalizedText.of(key, key) : label;
        fields = fields == null ? List.of() : List.copyOf(fields);
        tabs = tabs == null ? List.of() : List.copyOf(tabs);
        listColumns = listColumns == null ? List.of() : List.copyOf(listColumns);
    }

    public Optional<FieldDefinition> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The fields the form shows: all but the removed ones. */
    public List<FieldDefinition> activeFields() {
        return fields.stream().filter(f -> !f.removed()).toList();
    }

    /** The fields whose values the kernel stores. */
    public List<FieldDefinition> customFields() {
        return fields.stream().filter(FieldDefinition::custom).toList();
    }

    /**
     * The layout with every active field placed once: fields the tabs do not name go to the end of
     * the last section (a field a module adds after an administrator arranged the form still shows).
     */
    public List<FormTab> arrangedTabs() {
        Set<String> active = new LinkedHashSet<>(activeFields().stream().map(FieldDefinition::name).toList());
        List<FormTab> arranged = new ArrayList<>();
        for (FormTab tab : tabs) {
            List<FormSection> sections = new ArrayList<>();
            for (FormSection section : tab.sections()) {
                List<String> placed = section.fields().stream().filter(active::remove).toList();
                sections.add(new FormSection(section.title(), section.columns(), placed));
            }
            arranged.add(new FormTab(tab.title(), sections));
        }
        if (!active.isEmpty()) {
            if (arranged.isEmpty() || arranged.get(arranged.size() - 1).sections().isEmpty()) {
                arranged.add(new FormTab(null, List.of(new FormSection(null, 1, List.copyOf(active)))));
            } else {
                FormTab last = arranged.remove(arranged.size() - 1);
                List<FormSection> sections = new ArrayList<>(last.sections());
                FormSection end = sections.remove(sections.size() - 1);
                List<String> fields = new ArrayList<>(end.fields());
                fields.addAll(active);
                sections.add(new FormSection(end.title(), end.columns(), fields));
                arranged.add(new FormTab(last.title(), sections));
            }
        }
        return arranged;
    }

    public FormDefinition withFields(List<FieldDefinition> changed) {
        return new FormDefinition(key, kind, module, label, changed, tabs, listColumns, menuSection, version);
    }

    public FormDefinition withKey(String changed) {
        return new FormDefinition(changed, kind, module, label, fields, tabs, listColumns, menuSection, version);
    }

    public FormDefinition withVersion(int changed) {
        return new FormDefinition(key, kind, module, label, fields, tabs, listColumns, menuSection, changed);
    }
}
