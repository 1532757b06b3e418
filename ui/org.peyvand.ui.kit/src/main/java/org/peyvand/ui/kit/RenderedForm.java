package org.peyvand.ui.kit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.FieldAccess;

import com.vaadin.data.HasValue;
import com.vaadin.server.UserError;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.FormLayout;

/** A rendered form: its layout, its values by field name, and the service's field errors shown on the fields. */
public final class RenderedForm {
    /** One field of the form, named as in the service's input and error reports, with its value in service terms. */
    record Field(String name, AbstractComponent component, Supplier<Object> reader, Consumer<Object> writer) {
    }

    private final List<Field> fields;
    private final Messages messages;
    private final FormLayout layout = new FormLayout();

    RenderedForm(List<Field> fields, Messages messages) {
        this.fields = fields;
        this.messages = messages;
        layout.setMargin(false);
        fields.forEach(f -> layout.addComponent(f.component()));
    }

    public FormLayout layout() {
        return layout;
    }

    /** Field values by name: trimmed text or null, dates, selected values. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put(f.name(), f.reader().get()));
        return values;
    }

    public void setValues(Map<String, ?> values) {
        fields.forEach(f -> f.writer().accept(values.get(f.name())));
        clearErrors();
    }

    /** The label of a field whose typed text is not a value (a date that is no date), if any. */
    public Optional<String> invalidInput() {
        return fields.stream()
                .filter(f -> f.component() instanceof CrmDateField date && !date.isInputValid())
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
        for (FieldError error : errors) {
            String reason = messages.get(error.messageKey(), error.args().toArray());
            Optional<Field> field = fields.stream().filter(f -> f.name().equals(error.field())).findFirst();
            if (field.isPresent()) {
                field.get().component().setComponentError(new UserError(reason));
            } else {
                elsewhere.add(error.field() + ": " + reason);
            }
        }
        return elsewhere;
    }

    /** Leaves out the fields the caller's roles hide and locks those they show read-only. */
    public void restrict(FieldAccess access) {
        for (Field field : fields) {
            // "phones[0].number" is governed by the rules of "phones"
            String name = field.name().split("[\\[.]")[0];
            field.component().setVisible(access.visible(name));
            if (!access.editable(name) && field.component() instanceof HasValue<?> value) {
                value.setReadOnly(true);
            }
        }
    }

    public void clearErrors() {
        fields.forEach(f -> f.component().setComponentError(null));
    }
}
