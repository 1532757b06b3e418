package org.peyvand.module.network.internal.views;

import java.util.List;

import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.ui.api.UiContext;

import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Label;

/** The refusals of a form, one line per field named by its label; other failures go to the workspace's error display. */
final class ProblemsLabel extends Label {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;

    ProblemsLabel(UiContext context, String id) {
        this.context = context;
        setId(id);
        addStyleName("crm-field-error");
        setContentMode(ContentMode.PREFORMATTED);
        setVisible(false);
    }

    /** Runs a change; @return whether it went through */
    boolean attempt(Runnable change) {
        try {
            change.run();
            show(List.of());
            return true;
        } catch (ValidationException invalid) {
            show(invalid.fieldErrors());
        } catch (ConflictException conflict) {
            show(conflict.fieldErrors().isEmpty() ? List.of(FieldError.of("", conflict.messageKey(), conflict.args())) : conflict.fieldErrors());
        } catch (RuntimeException failure) {
            context.showError(failure);
        }
        return false;
    }

    private void show(List<FieldError> errors) {
        setValue(String.join("\n", errors.stream().map(error -> (error.field().isEmpty() ? "" : context.messages().get("network.field." + error.field()) + ": ")
                + context.messages().get(error.messageKey(), error.args().toArray())).toList()));
        setVisible(!errors.isEmpty());
    }
}
