package org.peyvand.ui.admin.internal.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.MenuBar;
import com.vaadin.ui.NativeSelect;
import com.vaadin.ui.TextField;
import com.vaadin.ui.dnd.DragSourceExtension;
import com.vaadin.ui.dnd.DropTargetExtension;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The layout being designed: tabs of titled sections holding the fields as chips. Field types are
 * dragged from the palette onto a section (or picked in its "add field" menu), fields are dragged
 * onto another section or before another field, and a click selects a field.
 */
final class DesignerCanvas extends CssLayout {
    private static final long serialVersionUID = 1L;

    /** What the designer does when the user works on the canvas. */
    interface Actions {
        void select(String field);

        /** Adds a field of {@code type} at the end of a section. */
        void add(FieldType type, int tab, int section);

        void place(String field, int tab, int section, int position);

        void addTab();

        void removeTab(int tab);

        void addSection(int tab);

        void removeSection(int tab, int section);

        /** A title or a column count changed: nothing moved, the preview follows. */
        void layoutChanged();
    }

    private final transient UiContext context;
    private final transient Actions actions;
    private final boolean design;
    /** The chip of each field and the text on it, changed in place while the field's properties are edited. */
    private final Map<String, CssLayout> chips = new HashMap<>();
    private final Map<String, Label> texts = new HashMap<>();

    DesignerCanvas(UiContext context, boolean design, Actions actions) {
        this.context = context;
        this.design = design;
        this.actions = actions;
        setId("designer-canvas");
        addStyleName("crm-designer-canvas");
    }

    /** Draws the model, marking the selected field and the fields and sections the service refused. */
    void show(DesignerModel model, String selected, Set<String> faultyFields, Set<DesignerModel.Location> faultySections) {
        removeAllComponents();
        chips.clear();
        texts.clear();
        List<DesignerModel.Tab> tabs = model.tabs();
        for (int t = 0; t < tabs.size(); t++) {
            DesignerModel.Tab tab = tabs.get(t);
            CssLayout box = new CssLayout();
            box.setId("designer-tab-" + t);
            box.addStyleName("crm-designer-tab");
            box.setWidth("100%");
            CssLayout header = row(titleFields("designer-tab-" + t, tab.title, "admin.form.tabTitleFa", "admin.form.tabTitleEn",
                    title -> tab.title = title));
            if (design) {
                int at = t;
                String id = "designer-tab-" + t;
                header.addComponent(button(id + "-add-section", "admin.form.addSection", null, VaadinIcons.PLUS,
                        () -> actions.addSection(at)));
                Button remove = button(id + "-remove", "admin.form.removeTab", "admin.form.removeTabHint", VaadinIcons.TRASH,
                        () -> actions.removeTab(at));
                remove.setEnabled(tabs.size() > 1);
                header.addComponent(remove);
            }
            box.addComponent(header);
            for (int s = 0; s < tab.sections.size(); s++) {
                boolean faulty = faultySections.contains(new DesignerModel.Location(t, s, 0));
                box.addComponent(section(model, t, s, selected, faultyFields, faulty));
            }
            addComponent(box);
        }
        if (design) {
            addComponent(button("designer-add-tab", "admin.form.addTab", null, VaadinIcons.PLUS, actions::addTab));
        }
    }

    private CssLayout section(DesignerModel model, int t, int s, String selected, Set<String> faultyFields, boolean faulty) {
        Messages messages = context.messages();
        DesignerModel.Section section = model.section(t, s);
        String id = "designer-section-" + t + "-" + s;
        CssLayout box = new CssLayout();
        box.setId(id);
        box.addStyleName("crm-designer-section");
        box.setWidth("100%");
        if (faulty) {
            box.addStyleName("crm-error");
        }
        CssLayout header = row(titleFields(id, section.title, "admin.form.sectionTitleFa", "admin.form.sectionTitleEn",
                title -> section.title = title));
        CssLayout chips = new CssLayout();
        chips.addStyleNames("crm-designer-fields", "crm-columns-" + section.columns);
        chips.setWidth("100%");
        NativeSelect<Integer> columns = new NativeSelect<>(null, List.of(1, 2, 3));
        columns.setId(id + "-columns");
        columns.setEmptySelectionAllowed(false);
        columns.setItemCaptionGenerator(n -> messages.get("admin.form.columns", context.format().number(n)));
        columns.setValue(section.columns);
        columns.setEnabled(design);
        columns.addValueChangeListener(e -> {
            chips.removeStyleName("crm-columns-" + section.columns);
            section.columns = e.getValue();
            chips.addStyleName("crm-columns-" + section.columns);
            actions.layoutChanged();
        });
        header.addComponent(columns);
        if (design) {
            header.addComponent(addMenu(id + "-add", t, s));
            Button remove = button(id + "-remove", "admin.form.removeSection", "admin.form.removeSectionHint", VaadinIcons.TRASH,
                    () -> actions.removeSection(t, s));
            remove.setEnabled(model.sectionRemovable());
            header.addComponent(remove);
        }
        for (int i = 0; i < section.fields.size(); i++) {
            String name = section.fields.get(i);
            int position = i;
            model.field(name).ifPresent(field -> chips.addComponent(chip(field, t, s, position, name.equals(selected),
                    faultyFields.contains(name))));
        }
        box.addComponents(header, chips);
        if (design) {
            DropTargetExtension<CssLayout> drop = new DropTargetExtension<>(box);
            drop.addDropListener(e -> dropped(e.getDragSourceExtension().map(DragSourceExtension::getDragData), t, s,
                    Integer.MAX_VALUE));
        }
        return box;
    }

    private CssLayout chip(FieldDefinition field, int t, int s, int position, boolean selected, boolean faulty) {
        Label text = new Label(chipText(field));
        text.setWidthUndefined();
        text.addStyleName("crm-designer-field-text");
        CssLayout chip = new CssLayout(text);
        chip.setId("designer-field-" + field.name());
        chip.setData(field.name());
        chips.put(field.name(), chip);
        texts.put(field.name(), text);
        chip.addStyleName("crm-designer-field");
        chip.setWidth("100%");
        chip.setDescription(context.messages().get("admin.form.type." + field.type().name())
                + (field.builtIn() ? " · " + context.messages().get("admin.form.builtIn") : ""));
        if (field.builtIn()) {
            chip.addStyleName("crm-builtin");
            Label lock = new Label(VaadinIcons.LOCK.getHtml(), ContentMode.HTML);
            lock.setWidthUndefined();
            chip.addComponentAsFirst(lock);
        }
        if (selected) {
            chip.addStyleName("crm-selected");
        }
        if (faulty) {
            chip.addStyleName("crm-error");
        }
        chip.addLayoutClickListener(e -> actions.select((String) chip.getData()));
        if (design) {
            DragSourceExtension<CssLayout> drag = new DragSourceExtension<>(chip);
            drag.setDragData(chip);
            DropTargetExtension<CssLayout> drop = new DropTargetExtension<>(chip);
            drop.addDropListener(e -> dropped(e.getDragSourceExtension().map(DragSourceExtension::getDragData), t, s, position));
        }
        return chip;
    }

    void markSelected(String name) {
        chips.forEach((field, chip) -> mark(chip, "crm-selected", field.equals(name)));
    }

    /**
     * Shows a field's label and name on its chip, which stays in place: redrawing the canvas while
     * the user types a property would lose a click already on its way to a chip.
     */
    void refresh(FieldDefinition field, String formerName, boolean faulty) {
        CssLayout chip = chips.remove(formerName);
        Label text = texts.remove(formerName);
        if (chip == null) {
            return;
        }
        text.setValue(chipText(field));
        chip.setId("designer-field-" + field.name());
        chip.setData(field.name());
        mark(chip, "crm-error", faulty);
        chips.put(field.name(), chip);
        texts.put(field.name(), text);
    }

    /** A field type from the palette becomes a new field; a field dragged from the canvas moves. */
    private void dropped(Optional<Object> data, int t, int s, int position) {
        data.ifPresent(dragged -> {
            if (dragged instanceof FieldType type) {
                actions.add(type, t, s);
            } else if (dragged instanceof CssLayout chip && chip.getData() instanceof String name) {
                actions.place(name, t, s, position);
            }
        });
    }

    private String chipText(FieldDefinition field) {
        return field.label().in(context.messages().locale().getLanguage()) + " · " + field.name();
    }

    private static void mark(CssLayout chip, String style, boolean on) {
        if (on) {
            chip.addStyleName(style);
        } else {
            chip.removeStyleName(style);
        }
    }

    /** The title of a tab or section in Persian and English, changed as the user types. */
    private AbstractComponent[] titleFields(String id, LocalizedText title, String faPlaceholderKey, String enPlaceholderKey,
            Consumer<LocalizedText> changed) {
        TextField fa = titleField(id + "-title-fa", title == null ? null : title.fa(), faPlaceholderKey, false);
        TextField en = titleField(id + "-title-en", title == null ? null : title.en(), enPlaceholderKey, true);
        fa.addValueChangeListener(e -> {
            changed.accept(LocalizedText.of(blankToNull(fa.getValue()), blankToNull(en.getValue())));
            actions.layoutChanged();
        });
        en.addValueChangeListener(e -> {
            changed.accept(LocalizedText.of(blankToNull(fa.getValue()), blankToNull(en.getValue())));
            actions.layoutChanged();
        });
        return new AbstractComponent[] {fa, en};
    }

    private TextField titleField(String id, String value, String placeholderKey, boolean leftToRight) {
        TextField field = new TextField();
        field.setId(id);
        field.setValue(value == null ? "" : value);
        field.setPlaceholder(context.messages().get(placeholderKey));
        field.setMaxLength(200);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setEnabled(design);
        field.addStyleName(ValoTheme.TEXTFIELD_SMALL);
        if (leftToRight) {
            field.addStyleName("crm-ltr");
        }
        return field;
    }

    /** "Add field" with the field types under it: the keyboard's way to add a field to a section. */
    private MenuBar addMenu(String id, int t, int s) {
        MenuBar menu = new MenuBar();
        menu.setId(id);
        menu.addStyleName(ValoTheme.MENUBAR_SMALL);
        menu.setDescription(context.messages().get("admin.form.addHereHint"));
        MenuBar.MenuItem add = menu.addItem(context.messages().get("admin.form.addHere"), VaadinIcons.PLUS, null);
        for (FieldType type : FieldType.values()) {
            String caption = context.messages().get("admin.form.type." + type.name());
            add.addItem(caption, FieldTypeIcons.of(type), item -> actions.add(type, t, s)).setStyleName("type-" + type.name());
        }
        return menu;
    }

    private Button button(String id, String captionKey, String hintKey, VaadinIcons icon, Runnable action) {
        Button button = new Button(context.messages().get(captionKey), icon);
        button.addClickListener(e -> action.run());
        button.setId(id);
        if (hintKey != null) {
            button.setDescription(context.messages().get(hintKey));
        }
        button.addStyleName(ValoTheme.BUTTON_SMALL);
        return button;
    }

    private static CssLayout row(AbstractComponent... components) {
        CssLayout row = new CssLayout(components);
        row.addStyleName("crm-row");
        row.setWidth("100%");
        return row;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
