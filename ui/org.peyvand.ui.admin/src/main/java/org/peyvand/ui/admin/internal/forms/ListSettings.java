package org.peyvand.ui.admin.internal.forms;

import java.util.List;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.themes.ValoTheme;

/**
 * What a designed record type's list looks like and where its menu entry goes: the menu section,
 * and the fields the list shows as columns, picked from the active fields and put in order.
 */
final class ListSettings extends CssLayout {
    private static final long serialVersionUID = 1L;
    /** The sections of the workspace menu, in its order. */
    static final List<String> SECTIONS = List.of("crm", "sales", "service", "admin");

    private final transient UiContext context;
    private final boolean design;
    private final transient Runnable changed;
    private final ComboBox<String> section;
    private final CssLayout columns = new CssLayout();
    private final ComboBox<FieldDefinition> add;
    private transient DesignerModel model;

    /** @param changed told after every change, so the preview follows */
    ListSettings(UiContext context, boolean design, Runnable changed) {
        this.context = context;
        this.design = design;
        this.changed = changed;
        Messages messages = context.messages();
        setId("designer-list-settings");
        addStyleName("crm-list-settings");
        setWidth("100%");
        section = new ComboBox<>(messages.get("admin.form.menuSection"), SECTIONS);
        section.setId("designer-menu-section");
        section.setItemCaptionGenerator(s -> messages.find("ui.section." + s).orElse(s));
        section.setEmptySelectionAllowed(false);
        section.setEnabled(design);
        section.addValueChangeListener(e -> {
            if (e.isUserOriginated()) {
                model.menuSection(e.getValue());
                changed.run();
            }
        });
        Label heading = new Label(messages.get("admin.form.listColumns"));
        heading.addStyleName(ValoTheme.LABEL_BOLD);
        heading.setWidth("100%");
        Label hint = new Label(messages.get("admin.form.listColumnsHint"));
        hint.addStyleNames("crm-muted", ValoTheme.LABEL_SMALL);
        hint.setWidth("100%");
        columns.setId("designer-columns");
        columns.setWidth("100%");
        add = new ComboBox<>();
        add.setId("designer-column-add");
        add.setPlaceholder(messages.get("admin.form.addColumn"));
        add.setItemCaptionGenerator(this::caption);
        add.setVisible(design);
        add.addValueChangeListener(e -> {
            if (e.isUserOriginated() && e.getValue() != null) {
                model.addListColumn(e.getValue().name());
                refresh();
                changed.run();
            }
        });
        CssLayout sectionCell = new CssLayout(section);
        sectionCell.addStyleName("crm-form-cell");
        addComponents(sectionCell, heading, hint, columns, add);
    }

    /** Shows the model's settings; call after the fields changed. */
    void show(DesignerModel shown) {
        this.model = shown;
        setVisible(shown.designedRecordType());
        section.setValue(shown.menuSection() == null ? DesignerModel.DEFAULT_SECTION : shown.menuSection());
        refresh();
    }

    private void refresh() {
        columns.removeAllComponents();
        List<String> chosen = model.listColumns();
        if (chosen.isEmpty()) {
            Label none = new Label(context.messages().get("admin.form.noColumns"));
            none.addStyleName("crm-muted");
            columns.addComponent(none);
        }
        for (int i = 0; i < chosen.size(); i++) {
            String name = chosen.get(i);
            Label label = new Label(model.field(name).map(this::caption).orElse(name));
            CssLayout row = new CssLayout(label);
            row.setId("designer-column-" + name);
            row.addStyleName("crm-row");
            if (design) {
                row.addComponents(small(name, "up", VaadinIcons.ARROW_UP, "admin.form.columnEarlier", i > 0, () -> model.shiftListColumn(name, -1)),
                        small(name, "down", VaadinIcons.ARROW_DOWN, "admin.form.columnLater", i < chosen.size() - 1,
                                () -> model.shiftListColumn(name, 1)),
                        small(name, "remove", VaadinIcons.CLOSE_SMALL, "admin.form.removeColumn", true, () -> model.removeListColumn(name)));
            }
            columns.addComponent(row);
        }
        add.setItems(model.columnCandidates());
        add.setValue(null);
    }

    private Button small(String name, String action, VaadinIcons icon, String descriptionKey, boolean enabled, Runnable change) {
        Button button = new Button(icon);
        button.setId("designer-column-" + name + "-" + action);
        button.setDescription(context.messages().get(descriptionKey));
        button.addStyleNames(ValoTheme.BUTTON_SMALL, ValoTheme.BUTTON_BORDERLESS);
        button.setEnabled(enabled);
        button.addClickListener(e -> {
            change.run();
            refresh();
            changed.run();
        });
        return button;
    }

    private String caption(FieldDefinition field) {
        return field.label().in(context.messages().locale().getLanguage()) + " (" + field.name() + ")";
    }
}
