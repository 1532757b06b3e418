package org.peyvand.ui.workflow.internal.designer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.LookupBox;
import org.peyvand.ui.kit.Option;
import org.peyvand.ui.kit.OptionLookup;
import org.peyvand.ui.workflow.internal.diagram.BpmnDiagram;
import org.peyvand.ui.workflow.internal.diagram.DiagramElement;

import com.vaadin.data.HasValue;
import com.vaadin.server.UserError;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The side panel of the designer: the properties of the element selected in the diagram (or of
 * the process when none is), each written to the diagram as soon as it is changed.
 */
final class PropertiesPanel extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    /** What the panel offers to pick from; a role may be typed when no roles are known to offer. */
    record Choices(OptionLookup users, OptionLookup units, List<Option> forms, List<Option> executors, List<Option> roles) {
    }

    private final transient UiContext context;
    private final BpmnDiagram diagram;
    private final transient Choices choices;
    private final Label heading = new Label();
    /** Captions above the fields: the panel is a narrow column. */
    private final VerticalLayout form = new VerticalLayout();
    private final Map<String, AbstractComponent> fields = new LinkedHashMap<>();
    private DiagramElement element;

    PropertiesPanel(UiContext context, BpmnDiagram diagram, Choices choices) {
        this.context = context;
        this.diagram = diagram;
        this.choices = choices;
        setId("bpmn-properties");
        addStyleName("crm-bpmn-properties");
        setMargin(false);
        heading.addStyleName(ValoTheme.LABEL_BOLD);
        heading.setId("bpmn-properties-type");
        form.setMargin(false);
        addComponents(heading, form);
    }

    /** Shows the element's properties; the same element again only refreshes the values. */
    void show(DiagramElement selected) {
        boolean same = element != null && element.id().equals(selected.id()) && ElementKind.of(element) == ElementKind.of(selected);
        element = selected;
        if (!same) {
            build(ElementKind.of(selected));
        }
        Map<String, String> values = ElementProperties.read(selected);
        fields.forEach((name, field) -> {
            field.setComponentError(null);
            setValue(field, values.getOrDefault(name, ""));
        });
    }

    /** Shows a field's refusal on the field. */
    private void showError(String field, String message) {
        Optional.ofNullable(fields.get(field)).ifPresent(f -> f.setComponentError(new UserError(message)));
    }

    private void build(ElementKind kind) {
        Messages messages = context.messages();
        heading.setValue(messages.get("workflow.ui.element." + kind.name()) + " · " + element.id());
        form.removeAllComponents();
        fields.clear();
        for (String name : ElementProperties.fields(kind)) {
            AbstractComponent field = field(name);
            field.setCaption(messages.get("workflow.ui.property." + name));
            field.setId("bpmn-property-" + name);
            field.setWidth("100%");
            fields.put(name, field);
            form.addComponent(field);
        }
    }

    private AbstractComponent field(String name) {
        return switch (name) {
        case ElementProperties.ASSIGNEE -> lookup(name, choices.users(), true);
        case ElementProperties.CANDIDATE_UNIT -> lookup(name, choices.units(), false);
        case ElementProperties.FORM_KEY -> options(name, choices.forms(), false);
        case ElementProperties.CANDIDATE_ROLE -> options(name, choices.roles(), choices.roles().isEmpty());
        case ElementProperties.EXECUTOR -> options(name, choices.executors(), true);
        case ElementProperties.TIMER_KIND -> options(name, ElementProperties.TIMER_KINDS.stream()
                .map(k -> new Option(k, context.messages().get("workflow.ui.timer." + k))).toList(), false);
        case ElementProperties.WORKING_TIME -> {
            CheckBox box = new CheckBox();
            box.addValueChangeListener(e -> {
                if (e.isUserOriginated()) {
                    write(name, e.getValue() ? ElementProperties.YES : "");
                }
            });
            yield box;
        }
        case ElementProperties.CONDITION -> text(name, new TextArea(), true);
        case ElementProperties.NAME -> text(name, new TextField(), false);
        default -> text(name, new TextField(), true);
        };
    }

    private AbstractComponent text(String name, com.vaadin.ui.AbstractTextField field, boolean leftToRight) {
        if (leftToRight) {
            field.addStyleName("crm-ltr");
        }
        field.setValueChangeMode(ValueChangeMode.BLUR);
        field.addValueChangeListener(e -> {
            if (e.isUserOriginated()) {
                write(name, e.getValue());
            }
        });
        return field;
    }

    /** A fixed list; with {@code typed}, a value not in it may be typed as well. */
    private AbstractComponent options(String name, List<Option> options, boolean typed) {
        ComboBox<Option> box = new ComboBox<>(null, options);
        box.setItemCaptionGenerator(Option::label);
        if (typed) {
            box.setNewItemProvider(text -> Optional.of(new Option(text.strip(), text.strip())));
        }
        box.addValueChangeListener(e -> {
            if (e.isUserOriginated()) {
                write(name, e.getValue() == null ? "" : String.valueOf(e.getValue().value()));
            }
        });
        // the choices, to show a stored value by its label
        box.setData(options);
        return box;
    }

    /** Colleagues or units found as one types; with {@code typed}, an expression such as {@code ${starter}} may be typed instead. */
    private AbstractComponent lookup(String name, OptionLookup lookup, boolean typed) {
        ComboBox<Option> box = LookupBox.of(null, lookup, typed);
        box.addValueChangeListener(e -> {
            if (e.isUserOriginated()) {
                write(name, e.getValue() == null ? "" : String.valueOf(e.getValue().value()));
            }
        });
        // the lookup, to show a stored value by its label
        box.setData(lookup);
        return box;
    }

    private void write(String name, String value) {
        AbstractComponent field = fields.get(name);
        try {
            diagram.change(ElementProperties.write(element, name, value));
            field.setComponentError(null);
        } catch (ValidationException refused) {
            refused.fieldErrors().forEach(error -> showError(error.field(),
                    context.messages().get(error.messageKey(), error.args().toArray())));
        }
    }

    @SuppressWarnings("unchecked")
    private void setValue(AbstractComponent field, String value) {
        if (field instanceof CheckBox box) {
            box.setValue(ElementProperties.YES.equals(value));
        } else if (field instanceof ComboBox<?> combo) {
            ((ComboBox<Option>) combo).setValue(value.isEmpty() ? null : option(combo, value));
        } else if (field instanceof HasValue<?> text && !Objects.equals(text.getValue(), value)) {
            ((HasValue<String>) text).setValue(value);
        }
    }

    /** The option showing a stored value: from the fixed list or the lookup, else the value itself (an expression). */
    @SuppressWarnings("unchecked")
    private static Option option(ComboBox<?> combo, String value) {
        if (combo.getData() instanceof OptionLookup lookup) {
            return lookup.byValue(value).orElse(new Option(value, value));
        }
        return ((List<Option>) combo.getData()).stream().filter(o -> value.equals(String.valueOf(o.value()))).findFirst()
                .orElse(new Option(value, value));
    }
}
