package org.peyvand.ui.admin.internal.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.text.PersianText;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.ui.admin.internal.Buttons;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.CrmDateField;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.UserError;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The properties of the selected field, each change applied to the model at once: name (while the
 * field is new), labels and help in both languages, rules by type, choices, the record type a
 * lookup picks, the expression of a computed field, when it shows and when it is required, and
 * where it sits. A built-in field shows its properties but only moves.
 */
final class FieldProperties extends CssLayout {
    private static final long serialVersionUID = 1L;

    /** What the designer does when a property changes. */
    interface Actions {
        /** A property changed: the canvas and the preview follow. */
        void changed();

        void renamed(String from, String to);

        void shift(String field, int delta);

        void moveTo(String field, int tab, int section);

        void remove(String field);
    }

    private final transient UiContext context;
    private final transient Messages messages;
    private final transient DesignerModel model;
    private final transient Actions actions;
    private final boolean editable;
    /** The input of each property, by the name the service's errors use ({@code label}, {@code options}...). */
    private final Map<String, AbstractComponent> inputs = new HashMap<>();
    private String name;

    /**
     * @param recordTypes the record types a lookup may pick, by key, with their names in the user's language
     */
    FieldProperties(UiContext context, DesignerModel model, String name, boolean design, Map<String, String> recordTypes,
            Actions actions) {
        this.context = context;
        this.messages = context.messages();
        this.model = model;
        this.name = name;
        this.actions = actions;
        FieldDefinition field = model.field(name).orElseThrow();
        this.editable = design && !field.builtIn();
        addStyleName("crm-stack");
        setWidth("100%");

        Label type = new Label(messages.get("admin.form.type." + field.type().name())
                + (field.builtIn() ? " · " + messages.get("admin.form.builtIn") : ""));
        type.setId("prop-type");
        type.addStyleName(ValoTheme.LABEL_BOLD);
        addComponent(type);
        addComponent(nameInput(field, design));
        labels(field);
        flags(field);
        typeRules(field, recordTypes);
        conditions(field);
        if (design) {
            addComponent(placement(field));
        }
    }

    /** Marks the inputs of the properties the service refused, with its reasons. */
    void showErrors(List<DefinitionErrors.Placed> errors) {
        for (DefinitionErrors.Placed placed : errors) {
            if (name.equals(placed.field())) {
                AbstractComponent input = inputs.getOrDefault(placed.property() == null ? "name" : placed.property(), inputs.get("name"));
                input.setComponentError(new UserError(messages.get(placed.error().messageKey(), placed.error().args().toArray())));
            }
        }
    }

    private AbstractComponent nameInput(FieldDefinition field, boolean design) {
        TextField input = text("prop-name", "admin.form.prop.name", field.name(), true);
        input.setMaxLength(64);
        input.setValueChangeMode(ValueChangeMode.BLUR);
        input.setEnabled(design && !model.nameFixed(field.name()));
        input.addValueChangeListener(e -> {
            String wanted = e.getValue().strip();
            model.rename(name, wanted).ifPresentOrElse(reason -> input.setComponentError(new UserError(messages.get(reason, wanted))),
                    () -> {
                        input.setComponentError(null);
                        String from = name;
                        name = wanted;
                        actions.renamed(from, wanted);
                    });
        });
        inputs.put("name", input);
        return input;
    }

    private void labels(FieldDefinition field) {
        TextField labelFa = text("prop-label-fa", "admin.form.labelFa", field.label().fa(), false);
        TextField labelEn = text("prop-label-en", "admin.form.labelEn", field.label().en(), true);
        Runnable label = () -> update(f -> FieldCopies.labelled(f, LocalizedText.of(blankToNull(labelFa.getValue()),
                blankToNull(labelEn.getValue()))));
        labelFa.addValueChangeListener(e -> label.run());
        labelEn.addValueChangeListener(e -> label.run());
        inputs.put("label", labelFa);
        TextField helpFa = text("prop-help-fa", "admin.form.helpFa", field.help() == null ? null : field.help().fa(), false);
        TextField helpEn = text("prop-help-en", "admin.form.helpEn", field.help() == null ? null : field.help().en(), true);
        Runnable help = () -> {
            String fa = blankToNull(helpFa.getValue());
            String en = blankToNull(helpEn.getValue());
            update(f -> f.withHelp(fa == null && en == null ? null : LocalizedText.of(fa, en)));
        };
        helpFa.addValueChangeListener(e -> help.run());
        helpEn.addValueChangeListener(e -> help.run());
        inputs.put("help", helpFa);
        addComponents(labelFa, labelEn, helpFa, helpEn);
    }

    private void flags(FieldDefinition field) {
        CheckBox required = check("prop-required", "admin.form.prop.required", field.required(), (f, v) -> f.withRequired(v));
        CheckBox readOnly = check("prop-read-only", "admin.form.prop.readOnly", field.readOnly(), (f, v) -> f.withReadOnly(v));
        CheckBox unique = check("prop-unique", "admin.form.prop.unique", field.unique(), (f, v) -> f.withUnique(v));
        inputs.put("required", required);
        inputs.put("readOnly", readOnly);
        inputs.put("unique", unique);
        CssLayout row = new CssLayout(required, readOnly, unique);
        row.addStyleName("crm-row");
        addComponent(row);
    }

    private void typeRules(FieldDefinition field, Map<String, String> recordTypes) {
        FieldType type = field.type();
        if (type.isNumeric()) {
            TextField min = number("prop-min", "admin.form.prop.minimum", field.minimum(),
                    value -> update(f -> f.withRange(value, f.maximum())));
            TextField max = number("prop-max", "admin.form.prop.maximum", field.maximum(),
                    value -> update(f -> f.withRange(f.minimum(), value)));
            inputs.put("minimum", min);
            inputs.put("maximum", max);
            addComponents(min, max);
        }
        if (type == FieldType.DATE) {
            CrmDateField earliest = date("prop-min-date", "admin.form.prop.minimumDate", field.minimumDate(),
                    day -> update(f -> f.withDateRange(day, f.maximumDate())));
            CrmDateField latest = date("prop-max-date", "admin.form.prop.maximumDate", field.maximumDate(),
                    day -> update(f -> f.withDateRange(f.minimumDate(), day)));
            inputs.put("minimumDate", earliest);
            inputs.put("maximumDate", latest);
            addComponents(earliest, latest);
        }
        if (type.isTextual()) {
            TextField length = number("prop-max-length", "admin.form.prop.maxLength",
                    field.maxLength() == null ? null : BigDecimal.valueOf(field.maxLength()),
                    value -> update(f -> f.withText(value == null ? null : value.intValue(), f.pattern())));
            TextField pattern = text("prop-pattern", "admin.form.prop.pattern", field.pattern(), true);
            pattern.setMaxLength(500);
            pattern.addValueChangeListener(e -> update(f -> f.withText(f.maxLength(), blankToNull(e.getValue()))));
            inputs.put("maxLength", length);
            inputs.put("pattern", pattern);
            addComponents(length, pattern);
        }
        if (type.hasOptions()) {
            OptionsEditor options = new OptionsEditor(messages, field.options(), editable, list -> update(f -> f.withOptions(list)));
            inputs.put("options", options);
            addComponent(options);
        }
        if (type == FieldType.LOOKUP) {
            ComboBox<String> lookupType = new ComboBox<>(messages.get("admin.form.prop.lookupType"), recordTypes.keySet());
            lookupType.setId("prop-lookup-type");
            lookupType.setItemCaptionGenerator(recordTypes::get);
            lookupType.setWidth("100%");
            lookupType.setValue(field.lookupType());
            lookupType.setEnabled(editable);
            lookupType.addValueChangeListener(e -> update(f -> f.withLookup(e.getValue())));
            inputs.put("lookupType", lookupType);
            addComponent(lookupType);
        }
        if (type == FieldType.COMPUTED) {
            TextArea expression = new TextArea(messages.get("admin.form.prop.expression"));
            expression.setId("prop-expression");
            expression.setRows(2);
            expression.setWidth("100%");
            expression.addStyleName("crm-ltr");
            expression.setValue(field.expression() == null ? "" : field.expression());
            expression.setDescription(messages.get("admin.form.expressionHelp"));
            expression.setEnabled(editable);
            expression.addValueChangeListener(e -> update(f -> f.withExpression(blankToNull(e.getValue()))));
            inputs.put("expression", expression);
            addComponent(expression);
        } else if (type != FieldType.FILE && type != FieldType.IMAGE) {
            TextField byDefault = text("prop-default", "admin.form.prop.defaultValue", field.defaultValue(), false);
            byDefault.setDescription(messages.get("admin.form.defaultHelp"));
            byDefault.addValueChangeListener(e -> update(f -> f.withDefault(blankToNull(e.getValue()))));
            inputs.put("defaultValue", byDefault);
            addComponent(byDefault);
        }
    }

    private void conditions(FieldDefinition field) {
        List<FieldDefinition> others = model.activeFields().stream().filter(f -> !f.name().equals(field.name())).toList();
        ConditionEditor visible = new ConditionEditor(messages, "prop-visible", messages.get("admin.form.prop.visibleWhen"), others,
                field.visibleWhen(), editable, condition -> update(f -> f.withConditions(condition, f.requiredWhen())));
        ConditionEditor required = new ConditionEditor(messages, "prop-required", messages.get("admin.form.prop.requiredWhen"), others,
                field.requiredWhen(), editable, condition -> update(f -> f.withConditions(f.visibleWhen(), condition)));
        inputs.put("visibleWhen", visible.fieldInput());
        inputs.put("requiredWhen", required.fieldInput());
        addComponents(visible, required);
    }

    /** Where the field sits: one place up or down, another section, or off the form. */
    private CssLayout placement(FieldDefinition field) {
        Map<DesignerModel.Location, String> sections = new LinkedHashMap<>();
        String language = messages.locale().getLanguage();
        for (int t = 0; t < model.tabs().size(); t++) {
            DesignerModel.Tab tab = model.tabs().get(t);
            for (int s = 0; s < tab.sections.size(); s++) {
                LocalizedText title = tab.sections.get(s).title;
                String shown = title == null || title.in(language).isBlank() ? messages.get("admin.form.sectionNumber",
                        context.format().number(t + 1), context.format().number(s + 1)) : title.in(language);
                sections.put(new DesignerModel.Location(t, s, 0), shown);
            }
        }
        ComboBox<DesignerModel.Location> section = new ComboBox<>(messages.get("admin.form.prop.section"), sections.keySet());
        section.setId("prop-section");
        section.setItemCaptionGenerator(sections::get);
        section.setEmptySelectionAllowed(false);
        section.setWidth("100%");
        model.location(field.name()).ifPresent(at -> section.setValue(new DesignerModel.Location(at.tab(), at.section(), 0)));
        section.addValueChangeListener(e -> {
            if (e.isUserOriginated() && e.getValue() != null) {
                actions.moveTo(name, e.getValue().tab(), e.getValue().section());
            }
        });
        Button up = iconButton("prop-move-up", messages.get("admin.form.moveUp"), VaadinIcons.ARROW_UP, () -> actions.shift(name, -1));
        Button down = iconButton("prop-move-down", messages.get("admin.form.moveDown"), VaadinIcons.ARROW_DOWN,
                () -> actions.shift(name, 1));
        CssLayout row = new CssLayout(section, up, down);
        row.addStyleName("crm-row");
        row.setWidth("100%");
        if (!field.builtIn()) {
            Button remove = Buttons.of(messages.get("admin.form.removeField"), VaadinIcons.TRASH, e -> actions.remove(name));
            remove.setId("prop-remove");
            remove.addStyleNames(ValoTheme.BUTTON_SMALL, ValoTheme.BUTTON_DANGER);
            row.addComponent(remove);
        }
        return row;
    }

    private TextField text(String id, String captionKey, String value, boolean leftToRight) {
        TextField input = new TextField(messages.get(captionKey));
        input.setId(id);
        input.setWidth("100%");
        input.setMaxLength(200);
        input.setValue(value == null ? "" : value);
        input.setValueChangeMode(ValueChangeMode.LAZY);
        input.setEnabled(editable);
        if (leftToRight) {
            input.addStyleName("crm-ltr");
        }
        return input;
    }

    /** A number typed in any digits; text that is no number is marked and changes nothing. */
    private TextField number(String id, String captionKey, BigDecimal value, Consumer<BigDecimal> changed) {
        TextField input = text(id, captionKey, value == null ? null : context.format().digits(value.toPlainString()), true);
        input.addValueChangeListener(e -> {
            String typed = PersianText.toLatinDigits(e.getValue()).strip().replace('\u066B', '.');
            try {
                BigDecimal number = typed.isEmpty() ? null : new BigDecimal(typed);
                input.setComponentError(null);
                changed.accept(number);
            } catch (NumberFormatException notANumber) {
                input.setComponentError(new UserError(messages.get("core.error.invalidNumber")));
            }
        });
        return input;
    }

    /** A day in the user's calendar, kept in the definition as an ISO date. */
    private CrmDateField date(String id, String captionKey, String iso, Consumer<String> changed) {
        CrmDateField input = new CrmDateField(messages.get(captionKey), context.format(), messages.get("core.error.invalidDate"));
        input.setId(id);
        input.setWidth("100%");
        input.setValue(iso == null ? null : LocalDate.parse(iso));
        input.setEnabled(editable);
        input.addValueChangeListener(e -> changed.accept(e.getValue() == null ? null : e.getValue().toString()));
        return input;
    }

    private CheckBox check(String id, String captionKey, boolean value, BiFunction<FieldDefinition, Boolean, FieldDefinition> change) {
        CheckBox input = new CheckBox(messages.get(captionKey), value);
        input.setId(id);
        input.setEnabled(editable);
        input.addValueChangeListener(e -> update(f -> change.apply(f, e.getValue())));
        return input;
    }

    private void update(UnaryOperator<FieldDefinition> change) {
        model.update(name, change);
        actions.changed();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Button iconButton(String id, String description, VaadinIcons icon, Runnable action) {
        Button button = new Button(icon, e -> action.run());
        button.setId(id);
        button.setDescription(description);
        button.addStyleNames(ValoTheme.BUTTON_SMALL, ValoTheme.BUTTON_ICON_ONLY);
        return button;
    }
}
