package org.peyvand.ui.admin.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.ui.api.UiContext;

import com.vaadin.ui.Notification;

/**
 * Runs one change through a service and shows what the service rejects: field errors on their
 * fields and as sentences naming the field, anything else through the shell.
 */
public final class ServiceCall {

    private ServiceCall() {
    }

    /**
     * Shows the reasons in a notification.
     *
     * @return whether the change was made
     */
    public static boolean run(UiContext context, FieldErrorDisplay errors, Runnable change) {
        return call(context, errors, () -> {
            change.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** @return the change's result, empty when it was refused */
    public static <T> Optional<T> call(UiContext context, FieldErrorDisplay errors, Supplier<T> change) {
        return call(context, errors, change, lines -> {
            if (!lines.isEmpty()) {
                Notification.show(String.join("\n", lines), Notification.Type.ERROR_MESSAGE);
            }
        });
    }

    /**
     * @param problems shows the reasons as sentences; called with an empty list first to clear
     *        earlier ones
     * @return the change's result, which must not be null, or empty when it was refused
     */
    public static <T> Optional<T> call(UiContext context, FieldErrorDisplay errors, Supplier<T> change,
            Consumer<List<String>> problems) {
        errors.clear();
        problems.accept(List.of());
        try {
            return Optional.of(change.get());
        } catch (ValidationException invalid) {
            problems.accept(errors.show(invalid.fieldErrors()));
        } catch (ConflictException conflict) {
            List<String> reasons = errors.show(conflict.fieldErrors());
            problems.accept(conflict.fieldErrors().isEmpty() ? List.of(context.messages().describe(conflict)) : reasons);
        } catch (RuntimeException failure) {
            context.showError(failure);
        }
        return Optional.empty();
    }
}
