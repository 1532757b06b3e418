package org.peyvand.ui.admin.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.i18n.Messages;

import com.vaadin.server.UserError;
import com.vaadin.ui.AbstractComponent;

/**
 * Knows the input fields of a form by the names the services use in their field errors, and
 * marks each rejected field with its localised reason.
 */
public final class FieldErrorDisplay {
    private final Messages messages;
    private final Map<String, AbstractComponent> fields = new LinkedHashMap<>();

    public FieldErrorDisplay(Messages messages) {
        this.messages = messages;
    }

    /** Registers {@code component} as the input of the service's field {@code name}. */
    public <C extends AbstractComponent> C bind(String name, C component) {
        fields.put(name, component);
        return component;
    }

    /**
     * Marks the rejected fields and returns every reason as a sentence naming its field ("Email:
     * is not a valid email address"), so it can be read without pointing at the field. Fields
     * this form does not show are named by {@code admin.field.<name>} where that label exists.
     */
    public List<String> show(List<FieldError> errors) {
        clear();
        List<String> reasons = new ArrayList<>();
        for (FieldError error : errors) {
            String reason = messages.get(error.messageKey(), error.args().toArray());
            AbstractComponent field = fields.get(error.field());
            if (field != null) {
                field.setComponentError(new UserError(reason));
            }
            reasons.add(label(error.field(), field) + ": " + reason);
        }
        return reasons;
    }

    public void clear() {
        fields.values().forEach(f -> f.setComponentError(null));
    }

    /** Fields in a row of their own name themselves by a placeholder, repeated as their description. */
    private String label(String name, AbstractComponent field) {
        if (field != null && field.getCaption() != null) {
            return field.getCaption();
        }
        if (field != null && field.getDescription() != null) {
            return field.getDescription();
        }
        return messages.find("admin.field." + name).orElse(name);
    }
}
