package org.peyvand.ui.admin.internal.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.peyvand.platform.form.Condition;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.FormSection;
import org.peyvand.platform.form.FormTab;
import org.peyvand.platform.form.LocalizedText;

/**
 * The form being designed: its fields in the order the service numbers them in its errors
 * ({@code fields[2]}), removed ones kept so they can come back, and its layout of tabs and
 * sections, every active field placed once. A module's built-in fields can be moved but not changed.
 */
final class DesignerModel {
    /** The menu section a new record type's list starts in. */
    static final String DEFAULT_SECTION = "crm";
    /** The service's rule for field names. */
    static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

    /** A tab of the layout while it is designed. */
    static final class Tab {
        LocalizedText title;
        final List<Section> sections = new ArrayList<>();

        Tab(LocalizedText title) {
            this.title = title;
        }
    }

    /** A section of the layout while it is designed. */
    static final class Section {
        LocalizedText title;
        int columns;
        final List<String> fields = new ArrayList<>();

        Section(LocalizedText title, int columns) {
            this.title = title;
            this.columns = columns;
        }
    }

    /** Where a field sits: tab, section and position in the section. */
    record Location(int tab, int section, int position) {
    }

    private String key;
    private final FormKind kind;
    private final String module;
    private LocalizedText label;
    private final List<FieldDefinition> fields;
    private final List<Tab> tabs = new ArrayList<>();
    private final List<String> listColumns;
    private String menuSection;
    private final int version;
    private final boolean exists;
    /** Fields a published version holds: their names are fixed, since values are stored under them. */
    private final Set<String> stored;

    private DesignerModel(FormDefinition form, boolean exists, LocalizedText sectionTitle) {
        this.key = form.key();
        this.kind = form.kind();
        this.module = form.module();
        this.label = form.label();
        this.fields = new ArrayList<>(form.fields());
        this.listColumns = new ArrayList<>(form.listColumns());
        this.menuSection = form.menuSection();
        this.version = form.version();
        this.exists = exists;
        this.stored = exists ? form.fields().stream().map(FieldDefinition::name).collect(Collectors.toSet()) : Set.of();
        for (FormTab tab : form.arrangedTabs()) {
            Tab draft = new Tab(tab.title());
            for (FormSection section : tab.sections()) {
                Section part = new Section(section.title(), section.columns());
                part.fields.addAll(section.fields());
                draft.sections.add(part);
            }
            tabs.add(draft);
        }
        if (tabs.isEmpty()) {
            tabs.add(new Tab(null));
        }
        if (tabs.get(0).sections.isEmpty()) {
            tabs.get(0).sections.add(new Section(sectionTitle, 2));
        }
    }

    /** A form as it stands in the service, to change. */
    static DesignerModel of(FormDefinition form, LocalizedText sectionTitle) {
        return new DesignerModel(form, true, sectionTitle);
    }

    /** A new form of {@code kind} with an empty section, its key to be finished by the designer. */
    static DesignerModel blank(FormKind kind, LocalizedText label, LocalizedText sectionTitle) {
        String prefix = kind == FormKind.STANDALONE ? "form." : "custom.";
        String section = kind == FormKind.RECORD_TYPE ? DEFAULT_SECTION : null;
        return new DesignerModel(new FormDefinition(prefix, kind, null, label, List.of(), List.of(), List.of(), section, 0), false,
                sectionTitle);
    }

    String key() {
        return key;
    }

    /** Only a form never published takes another key. */
    boolean keyFixed() {
        return exists;
    }

    void key(String value) {
        if (!exists) {
            key = value == null ? "" : value.strip();
        }
    }

    FormKind kind() {
        return kind;
    }

    String module() {
        return module;
    }

    LocalizedText label() {
        return label;
    }

    void label(LocalizedText value) {
        label = value;
    }

    int version() {
        return version;
    }

    /** A record type an administrator designs: it has a list and a menu entry of its own. */
    boolean designedRecordType() {
        return kind == FormKind.RECORD_TYPE && module == null;
    }

    String menuSection() {
        return menuSection;
    }

    void menuSection(String value) {
        menuSection = value == null || value.isBlank() ? null : value.strip();
    }

    /** The fields the type's list shows, in order. */
    List<String> listColumns() {
        return List.copyOf(listColumns);
    }

    /** Active fields the list could show besides those it shows. */
    List<FieldDefinition> columnCandidates() {
        return activeFields().stream().filter(f -> !listColumns.contains(f.name())).toList();
    }

    void addListColumn(String name) {
        if (field(name).filter(f -> !f.removed()).isPresent() && !listColumns.contains(name)) {
            listColumns.add(name);
        }
    }

    void removeListColumn(String name) {
        listColumns.remove(name);
    }

    /** Moves a list column one place towards the start ({@code -1}) or the end ({@code +1}). */
    void shiftListColumn(String name, int delta) {
        int at = listColumns.indexOf(name);
        int to = at + delta;
        if (at >= 0 && to >= 0 && to < listColumns.size()) {
            listColumns.remove(at);
            listColumns.add(to, name);
        }
    }

    List<Tab> tabs() {
        return tabs;
    }

    /** The fields the form shows, in the order of the fields list. */
    List<FieldDefinition> activeFields() {
        return fields.stream().filter(f -> !f.removed()).toList();
    }

    List<FieldDefinition> removedFields() {
        return fields.stream().filter(FieldDefinition::removed).toList();
    }

    Optional<FieldDefinition> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The name of the field the service's {@code fields[index]} names. */
    Optional<String> fieldAt(int index) {
        return index >= 0 && index < fields.size() ? Optional.of(fields.get(index).name()) : Optional.empty();
    }

    boolean builtIn(String name) {
        return field(name).map(FieldDefinition::builtIn).orElse(false);
    }

    boolean nameFixed(String name) {
        return builtIn(name) || stored.contains(name);
    }

    Optional<Location> location(String name) {
        for (int t = 0; t < tabs.size(); t++) {
            for (int s = 0; s < tabs.get(t).sections.size(); s++) {
                int at = tabs.get(t).sections.get(s).fields.indexOf(name);
                if (at >= 0) {
                    return Optional.of(new Location(t, s, at));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Adds a field of {@code type} at the end of a section.
     *
     * @return the new field's name, unique in the form
     */
    String addField(FieldType type, LocalizedText typeName, int tab, int section) {
        String stem = stem(type);
        int n = 1;
        while (field(stem + n).isPresent()) {
            n++;
        }
        String name = stem + n;
        LocalizedText fieldLabel = LocalizedText.of(numbered(typeName.fa(), n), numbered(typeName.en(), n));
        fields.add(FieldDefinition.of(name, type, fieldLabel));
        section(tab, section).fields.add(name);
        return name;
    }

    /** Moves a field to {@code position} of a section (its end when beyond it). */
    void place(String name, int tab, int section, int position) {
        Section target = section(tab, section);
        Optional<Location> from = location(name);
        int at = Math.max(0, position);
        if (from.isPresent()) {
            Section source = section(from.get().tab(), from.get().section());
            source.fields.remove(name);
            if (source == target && from.get().position() < at) {
                at--;
            }
        }
        target.fields.add(Math.min(at, target.fields.size()), name);
    }

    /** Moves a field one place up ({@code -1}) or down ({@code +1}) in its section. */
    void shift(String name, int delta) {
        location(name).ifPresent(at -> {
            List<String> names = section(at.tab(), at.section()).fields;
            int to = at.position() + delta;
            if (to >= 0 && to < names.size()) {
                names.remove(at.position());
                names.add(to, name);
            }
        });
    }

    /**
     * Takes a custom field off the form: a new one is dropped, a stored one kept as removed so its
     * values stay and it can come back. Conditions on it and list columns showing it go with it.
     *
     * @return false for a built-in field, which stays
     */
    boolean remove(String name) {
        Optional<FieldDefinition> found = field(name);
        if (found.isEmpty() || found.get().builtIn()) {
            return false;
        }
        int index = fields.indexOf(found.get());
        if (stored.contains(name)) {
            fields.set(index, found.get().withRemoved(true));
        } else {
            fields.remove(index);
        }
        tabs.forEach(t -> t.sections.forEach(s -> s.fields.remove(name)));
        listColumns.remove(name);
        for (int i = 0; i < fields.size(); i++) {
            FieldDefinition other = fields.get(i);
            if (!other.builtIn() && (refersTo(other.visibleWhen(), name) || refersTo(other.requiredWhen(), name))) {
                fields.set(i, other.withConditions(refersTo(other.visibleWhen(), name) ? null : other.visibleWhen(),
                        refersTo(other.requiredWhen(), name) ? null : other.requiredWhen()));
            }
        }
        return true;
    }

    /** Brings back a removed field, with its stored values, at the end of the last section. */
    void restore(String name) {
        field(name).filter(FieldDefinition::removed).ifPresent(f -> {
            fields.set(fields.indexOf(f), f.withRemoved(false));
            Tab last = tabs.get(tabs.size() - 1);
            last.sections.get(last.sections.size() - 1).fields.add(name);
        });
    }

    /**
     * Gives a new field another name, everywhere the form names it.
     *
     * @return the i18n key of the reason it cannot, if so
     */
    Optional<String> rename(String name, String wanted) {
        if (name.equals(wanted)) {
            return Optional.empty();
        }
        if (nameFixed(name)) {
            return Optional.of("form.error.fieldReadOnly");
        }
        if (wanted == null || !FIELD_NAME.matcher(wanted).matches()) {
            return Optional.of("form.error.fieldName");
        }
        if (field(wanted).isPresent()) {
            return Optional.of("form.error.duplicateField");
        }
        for (int i = 0; i < fields.size(); i++) {
            FieldDefinition f = fields.get(i);
            if (f.name().equals(name)) {
                fields.set(i, FieldCopies.named(f, wanted));
            } else if (!f.builtIn() && (refersTo(f.visibleWhen(), name) || refersTo(f.requiredWhen(), name))) {
                fields.set(i, f.withConditions(retarget(f.visibleWhen(), name, wanted), retarget(f.requiredWhen(), name, wanted)));
            }
        }
        tabs.forEach(t -> t.sections.forEach(s -> s.fields.replaceAll(n -> n.equals(name) ? wanted : n)));
        listColumns.replaceAll(n -> n.equals(name) ? wanted : n);
        return Optional.empty();
    }

    /** Changes a custom field; built-in fields are the module's and stay as they are. */
    void update(String name, UnaryOperator<FieldDefinition> change) {
        field(name).filter(f -> !f.builtIn()).ifPresent(f -> fields.set(fields.indexOf(f), change.apply(f)));
    }

    void addTab(LocalizedText title, LocalizedText sectionTitle) {
        Tab tab = new Tab(title);
        tab.sections.add(new Section(sectionTitle, 2));
        tabs.add(tab);
    }

    void addSection(int tab, LocalizedText title) {
        tabs.get(tab).sections.add(new Section(title, 2));
    }

    /** Whether a section may go: the form keeps at least one. */
    boolean sectionRemovable() {
        return sectionCount() > 1;
    }

    /** Removes a tab; its fields go to the section before it (or after it, for the first). */
    void removeTab(int tab) {
        if (tabs.size() < 2) {
            return;
        }
        List<String> orphans = new ArrayList<>();
        tabs.get(tab).sections.forEach(s -> orphans.addAll(s.fields));
        tabs.remove(tab);
        adopt(orphans, tab == 0 ? tabs.get(0).sections.get(0) : last(tabs.get(tab - 1)), tab == 0);
    }

    /** Removes a section; its fields go to the section before it (or after it, for the first). */
    void removeSection(int tab, int section) {
        if (!sectionRemovable()) {
            return;
        }
        List<Section> sections = tabs.get(tab).sections;
        List<String> orphans = new ArrayList<>(sections.remove(section).fields);
        if (sections.isEmpty()) {
            tabs.remove(tab);
            adopt(orphans, tab == 0 ? tabs.get(0).sections.get(0) : last(tabs.get(tab - 1)), tab == 0);
        } else {
            adopt(orphans, section == 0 ? sections.get(0) : sections.get(section - 1), section == 0);
        }
    }

    /** The definition to publish. */
    FormDefinition definition() {
        List<FormTab> layout = new ArrayList<>();
        for (Tab tab : tabs) {
            layout.add(new FormTab(tab.title, tab.sections.stream()
                    .map(s -> new FormSection(s.title, s.columns, List.copyOf(s.fields))).toList()));
        }
        return new FormDefinition(key, kind, module, label, List.copyOf(fields), layout, List.copyOf(listColumns), menuSection, version);
    }

    Section section(int tab, int section) {
        return tabs.get(tab).sections.get(section);
    }

    private int sectionCount() {
        return tabs.stream().mapToInt(t -> t.sections.size()).sum();
    }

    private static Section last(Tab tab) {
        return tab.sections.get(tab.sections.size() - 1);
    }

    private static void adopt(List<String> orphans, Section heir, boolean atStart) {
        heir.fields.addAll(atStart ? 0 : heir.fields.size(), orphans);
    }

    private static boolean refersTo(Condition condition, String name) {
        return condition != null && condition.field().equals(name);
    }

    private static Condition retarget(Condition condition, String from, String to) {
        return refersTo(condition, from) ? new Condition(to, condition.operator(), condition.value()) : condition;
    }

    /** "MULTI_SELECT" names its fields multiSelect1, multiSelect2... */
    private static String stem(FieldType type) {
        String[] words = type.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder stem = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            stem.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return stem.toString();
    }

    private static String numbered(String text, int n) {
        return text == null ? null : text + " " + n;
    }
}
