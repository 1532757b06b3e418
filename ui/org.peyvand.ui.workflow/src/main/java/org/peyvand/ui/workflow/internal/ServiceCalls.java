package org.peyvand.ui.workflow.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.RenderedForm;

import com.vaadin.ui.Notification;

/** Runs one call of a service from a screen and shows what the service refuses, never a stack trace. */
public final class ServiceCalls {

    private ServiceCalls() {
    }

    /** @return the call's result, empty when it was refused (the reason is shown) */
    public static <T> Optional<T> call(UiContext context, Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuntimeException refused) {
            context.showError(refused);
            return Optional.empty();
        }
    }

    public static boolean run(UiContext context, Runnable call) {
        return call(context, () -> {
            call.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** As {@link #call}, marking the fields of {@code form} the service names; errors on other fields are listed. */
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
