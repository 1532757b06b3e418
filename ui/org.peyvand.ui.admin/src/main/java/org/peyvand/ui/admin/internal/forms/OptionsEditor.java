package org.peyvand.ui.admin.internal.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FieldOption;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.ui.admin.internal.Buttons;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The choices of a select field, one row each: the value stored (letters and digits, read left to
 * right) and its labels in Persian and English.
 */
final class OptionsEditor extends CssLayout {
    private static final long serialVersionUID = 1L;

    private final transient Messages messages;
    private final transient Consumer<List<FieldOption>> changed;
    private final boolean enabled;
    private final List<FieldOption> options;
    private final CssLayout rows = new CssLayout();

    OptionsEditor(Messages messages, List<FieldOption> current, boolean enabled, Consumer<List<FieldOption>> changed) {
        this.messages = messages;
        this.changed = changed;
        this.enabled = enabled;
        this.options = new ArrayList<>(current);
        setId("prop-options");
        setCaption(messages.get("admin.form.prop.options"));
        setWidth("100%");
        addStyleName("crm-stack");
        rows.setWidth("100%");
        rows.addStyleName("crm-stack");
        Button add = Buttons.of(messages.get("admin.form.addOption"), VaadinIcons.PLUS, e -> {
            options.add(new FieldOption("", LocalizedText.of(null, null)));
            showRows();
            changed.accept(List.copyOf(options));
        });
        add.setId("prop-option-add");
        add.addStyleName(ValoTheme.BUTTON_SMALL);
        add.setEnabled(enabled);
        addComponents(rows, add);
        showRows();
    }

    private void showRows() {
        rows.removeAllComponents();
        if (options.isEmpty()) {
            Label none = new Label(messages.get("admin.form.noOptions"));
            none.addStyleName("crm-muted");
            rows.addComponent(none);
        }
        for (int i = 0; i < options.size(); i++) {
            rows.addComponent(row(i));
        }
    }

    private CssLayout row(int index) {
        FieldOption option = options.get(index);
        String id = "prop-option-" + index;
        TextField value = input(id + "-value", option.value(), messages.get("admin.form.optionValue"));
        value.addStyleName("crm-ltr");
        value.setMaxLength(100);
        TextField fa = input(id + "-fa", option.label() == null ? null : option.label().fa(), messages.get("admin.form.labelFa"));
        TextField en = input(id + "-en", option.label() == null ? null : option.label().en(), messages.get("admin.form.labelEn"));
        en.addStyleName("crm-ltr");
        Runnable update = () -> {
            options.set(index, new FieldOption(value.getValue().strip(), LocalizedText.of(blankToNull(fa.getValue()),
                    blankToNull(en.getValue()))));
            changed.accept(List.copyOf(options));
        };
        value.addValueChangeListener(e -> update.run());
        fa.addValueChangeListener(e -> update.run());
        en.addValueChangeListener(e -> update.run());
        Button remove = new Button(VaadinIcons.CLOSE_SMALL, e -> {
            options.remove(index);
            showRows();
            changed.accept(List.copyOf(options));
        });
        remove.setId(id + "-remove");
        remove.setDescription(messages.get("admin.action.remove"));
        remove.addStyleNames(ValoTheme.BUTTON_SMALL, ValoTheme.BUTTON_ICON_ONLY);
        remove.setEnabled(enabled);
        CssLayout row = new CssLayout(value, fa, en, remove);
        row.addStyleNames("crm-row", "crm-designer-option");
        row.setWidth("100%");
        return row;
    }

    private TextField input(String id, String text, String placeholder) {
        TextField field = new TextField();
        field.setId(id);
        field.setValue(text == null ? "" : text);
        field.setPlaceholder(placeholder);
        field.setMaxLength(200);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addStyleName(ValoTheme.TEXTFIELD_SMALL);
        field.setEnabled(enabled);
        return field;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
