package org.peyvand.ui.workflow.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.RenderedForm;

import com.vaadin.ui.Notification;

/** Runs one call of a service from a screen with a form, and shows what the service refuses on the form's fields. */
public final class ServiceCalls {

    private ServiceCalls() {
    }

    /**
     * As {@link UiContext#call}, marking the fields of {@code form} the service names; errors on other
     * fields are listed.
     */
    public static <T> Optional<T> call(UiContext context, RenderedForm form, Supplier<T> call) {
        form.clearErrors();
        try {
            return Optional.ofNullable(call.get());
        } catch (ValidationException invalid) {
            var elsewhere = form.showErrors(invalid.fieldErrors());
            if (!elsewhere.isEmpty()) {
                Notification.show(String.join("\n", elsewhere), Notification.Type.ERROR_MESSAGE);
            }
        } catch (RuntimeException refused) {
            context.showError(refused);
        }
        return Optional.empty();
    }
}
