package org.peyvand.ui.kit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.security.FieldAccess;

import com.vaadin.data.HasValue;
import com.vaadin.server.UserError;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.CheckBoxGroup;
import com.vaadin.ui.Component;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.TextArea;

/**
 * A rendered form: its layout, its values by field name, and the service's field errors shown on
 * the fields. Defined fields show, hide and become required as their conditions turn while the
 * user types.
 */
public final class RenderedForm {
    /**
     * One field of the form, named as in the service's input and error reports, with its value in service terms.
     *
     * @param definition the field's definition; {@code null} for a field built by hand
     * @param editable   whether the form sends what the user enters (not for computed fields, files, missing lookups)
     * @param inputValid false while the typed text is not a value (a date that is no date)
     */
    record Field(String name, AbstractComponent component, Supplier<Object> reader, Consumer<Object> writer,
            FieldDefinition definition, boolean editable, BooleanSupplier inputValid) {
    }

    private final List<Field> fields;
    private final Messages messages;
    private final FormSections sections;
    private final Component layout;
    private final List<FieldDefinition> defined;
    /** Fields the caller's roles hide, and those they show read-only. */
    private final Set<String> withheld = new HashSet<>();
    private final Set<String> locked = new HashSet<>();
    private Set<String> shown = Set.of();

    /** @param tabs the arrangement in tabs and sections; {@code null} for one column */
    RenderedForm(List<Field> fields, Messages messages, List<Placement.Tab> tabs) {
        this.fields = fields;
        this.messages = messages;
        this.defined = fields.stream().map(Field::definition).filter(Objects::nonNull).toList();
        if (tabs == null) {
            FormLayout column = new FormLayout();
            column.setMargin(false);
            fields.forEach(f -> column.addComponent(f.component()));
            sections = null;
            layout = column;
        } else {
            Map<String, AbstractComponent> components = new LinkedHashMap<>();
            Set<String> wide = new HashSet<>();
            for (Field field : fields) {
                components.put(field.name(), field.component());
                // long texts and lists of choices take a whole row
                if (field.component() instanceof TextArea || field.component() instanceof CheckBoxGroup<?>) {
                    wide.add(field.name());
                }
            }
            sections = new FormSections(tabs, components, wide, messages);
            layout = sections.layout();
        }
        Set<String> watched = FieldRules.watched(defined);
        fields.stream().filter(f -> watched.contains(f.name()) && f.component() instanceof HasValue<?>)
                .forEach(f -> ((HasValue<?>) f.component()).addValueChangeListener(e -> applyRules()));
        defined.forEach(d -> {
            Object start = d.startValue();
            if (start != null) {
                field(d.name()).writer().accept(start);
            }
        });
        applyRules();
    }

    public Component layout() {
        return layout;
    }

    /** Field values by name: trimmed text or null, dates, selected values; empty for defined fields their conditions hide. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put(f.name(), f.definition() == null || shown.contains(f.name()) ? f.reader().get() : null));
        return values;
    }

    /**
     * The values of the defined custom fields the user may change, as a record service takes
     * them: fields the caller's roles hide or lock, read-only and computed fields are left out, so
     * their stored values stay as they are.
     */
    public Map<String, Object> customValues() {
        Map<String, Object> all = values();
        Map<String, Object> custom = new LinkedHashMap<>();
        for (Field field : fields) {
            if (field.definition() != null && field.definition().custom() && field.editable() && !withheld.contains(field.name())
                    && !locked.contains(field.name())) {
                custom.put(field.name(), all.get(field.name()));
            }
        }
        return custom;
    }

    public void setValues(Map<String, ?> values) {
        fields.forEach(f -> f.writer().accept(values.get(f.name())));
        clearErrors();
        applyRules();
    }

    /** The label of a field whose typed text is not a value (a date that is no date), if any. */
    public Optional<String> invalidInput() {
        return fields.stream().filter(f -> f.component().isVisible() && !f.inputValid().getAsBoolean())
                .map(f -> f.component().getCaption())
                .findFirst();
    }

    /**
     * Marks each field the service rejected with its localised reason. Returns the reasons of
     * errors on fields this form does not show (nested ones such as {@code phones[0].number}).
     */
    public List<String> showErrors(List<FieldError> errors) {
        clearErrors();
        List<String> elsewhere = new ArrayList<>();
        boolean revealed = false;
        for (FieldError error : errors) {
            String reason = messages.get(error.messageKey(), error.args().toArray());
            Optional<Field> field = fields.stream().filter(f -> f.name().equals(error.field())).findFirst();
            if (field.isPresent() && field.get().component().isVisible()) {
                field.get().component().setComponentError(new UserError(reason));
                if (!revealed && sections != null) {
                    sections.reveal(error.field());
                    revealed = true;
                }
            } else {
                String label = field.map(f -> f.component().getCaption()).orElse(error.field());
                elsewhere.add(label + ": " + reason);
            }
        }
        return elsewhere;
    }

    /** Leaves out the fields the caller's roles hide and locks those they show read-only. */
    public void restrict(FieldAccess access) {
        for (Field field : fields) {
            // "phones[0].number" is governed by the rules of "phones"
            String name = field.name().split("[\\[.]")[0];
            if (!access.visible(name)) {
                withheld.add(field.name());
            }
            if (!access.editable(name)) {
                locked.add(field.name());
                if (field.component() instanceof HasValue<?> value) {
                    value.setReadOnly(true);
                }
            }
        }
        applyRules();
    }

    public void clearErrors() {
        fields.forEach(f -> f.component().setComponentError(null));
    }

    /** Shows the fields the caller may see whose conditions hold, and marks those required now. */
    private void applyRules() {
        Map<String, Object> current = new LinkedHashMap<>();
        fields.forEach(f -> current.put(f.name(), f.reader().get()));
        FieldRules.Outcome outcome = FieldRules.evaluate(defined, current);
        shown = outcome.shown();
        for (Field field : fields) {
            boolean visible = !withheld.contains(field.name()) && (field.definition() == null || shown.contains(field.name()));
            if (sections != null) {
                sections.show(field.name(), field.component(), visible);
            } else {
                field.component().setVisible(visible);
            }
            if (field.definition() != null && field.component() instanceof HasValue<?> input) {
                input.setRequiredIndicatorVisible(outcome.required().contains(field.name()));
            }
        }
    }

    private Field field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
