package org.peyvand.ui.admin.internal.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.Condition;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;

import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;

/**
 * "When field … is … value": picks another field, how it compares and, for a field with choices,
 * one of its choices (otherwise the value is typed). No field picked means no condition.
 */
final class ConditionEditor extends CssLayout {
    private static final long serialVersionUID = 1L;

    private final transient Messages messages;
    private final String id;
    private final transient Map<String, FieldDefinition> others = new LinkedHashMap<>();
    private final transient Consumer<Condition> changed;
    private final ComboBox<String> field;
    private final ComboBox<Condition.Operator> operator;
    private final CssLayout valueSlot = new CssLayout();
    private AbstractComponent value;

    /**
     * @param id      the id prefix of its inputs: {@code <id>-field}, {@code <id>-operator}, {@code <id>-value}
     * @param others  the fields the condition may read, with their labels in the user's language
     */
    ConditionEditor(Messages messages, String id, String caption, List<FieldDefinition> others, Condition current, boolean enabled,
            Consumer<Condition> changed) {
        this.messages = messages;
        this.id = id;
        this.changed = changed;
        others.forEach(f -> this.others.put(f.name(), f));
        setWidth("100%");
        addStyleNames("crm-stack", "crm-designer-condition");
        String language = messages.locale().getLanguage();

        Label title = new Label(caption);
        title.addStyleName("crm-muted");
        field = new ComboBox<>(messages.get("admin.form.condition.field"), this.others.keySet());
        field.setId(id + "-field");
        field.setItemCaptionGenerator(name -> this.others.get(name).label().in(language) + " (" + name + ")");
        field.setPlaceholder(messages.get("admin.form.condition.always"));
        field.setWidth("100%");
        operator = new ComboBox<>(messages.get("admin.form.condition.operator"), List.of(Condition.Operator.values()));
        operator.setId(id + "-operator");
        operator.setItemCaptionGenerator(o -> messages.get("admin.form.operator." + o.name()));
        operator.setEmptySelectionAllowed(false);
        operator.setTextInputAllowed(false);
        operator.setWidth("100%");
        valueSlot.setWidth("100%");
        if (current != null && this.others.containsKey(current.field())) {
            field.setValue(current.field());
            operator.setValue(current.operator());
        } else {
            operator.setValue(Condition.Operator.EQUALS);
        }
        showValueInput(current == null ? null : current.value());
        field.setEnabled(enabled);
        operator.setEnabled(enabled);
        valueSlot.setEnabled(enabled);
        field.addValueChangeListener(e -> {
            showValueInput(null);
            emit();
        });
        operator.addValueChangeListener(e -> {
            value.setEnabled(needsValue());
            emit();
        });
        addComponents(title, field, operator, valueSlot);
    }

    AbstractComponent fieldInput() {
        return field;
    }

    /** A choice of the field read, when it has choices; typed text otherwise. */
    private void showValueInput(String current) {
        FieldDefinition read = field.getValue() == null ? null : others.get(field.getValue());
        Map<String, String> choices = choices(read);
        String caption = messages.get("admin.form.condition.value");
        if (choices.isEmpty()) {
            TextField text = new TextField(caption);
            text.setValue(current == null ? "" : current);
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.addValueChangeListener(e -> emit());
            value = text;
        } else {
            ComboBox<String> pick = new ComboBox<>(caption, choices.keySet());
            pick.setItemCaptionGenerator(choices::get);
            pick.setValue(current != null && choices.containsKey(current) ? current : null);
            pick.addValueChangeListener(e -> emit());
            value = pick;
        }
        value.setId(id + "-value");
        value.setWidth("100%");
        value.setEnabled(needsValue());
        valueSlot.removeAllComponents();
        valueSlot.addComponent(value);
    }

    private Map<String, String> choices(FieldDefinition read) {
        Map<String, String> choices = new LinkedHashMap<>();
        if (read == null) {
            return choices;
        }
        String language = messages.locale().getLanguage();
        if (read.type().hasOptions()) {
            read.options().forEach(o -> choices.put(o.value(), (o.label() == null ? "" : o.label().in(language)) + " (" + o.value() + ")"));
        } else if (read.type() == FieldType.BOOLEAN) {
            choices.put("true", messages.get("admin.yes"));
            choices.put("false", messages.get("admin.no"));
        }
        return choices;
    }

    private boolean needsValue() {
        Condition.Operator picked = operator.getValue();
        return picked == Condition.Operator.EQUALS || picked == Condition.Operator.NOT_EQUALS;
    }

    @SuppressWarnings("unchecked")
    private void emit() {
        if (field.getValue() == null) {
            changed.accept(null);
            return;
        }
        String typed = value instanceof TextField text ? text.getValue() : ((ComboBox<String>) value).getValue();
        String kept = needsValue() && typed != null && !typed.isBlank() ? typed.strip() : null;
        changed.accept(new Condition(field.getValue(), operator.getValue(), kept));
    }
}
