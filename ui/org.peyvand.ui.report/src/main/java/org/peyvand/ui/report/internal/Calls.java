package org.peyvand.ui.report.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.peyvand.ui.api.UiContext;

/** Runs one call of a service from a screen and shows what the service refuses, never a stack trace. */
final class Calls {

    private Calls() {
    }

    /** @return the call's result, empty when it was refused (the reason is shown) */
    static <T> Optional<T> call(UiContext context, Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuntimeException refused) {
            context.showError(refused);
            return Optional.empty();
        }
    }

    static boolean run(UiContext context, Runnable call) {
        return call(context, () -> {
            call.run();
            return Boolean.TRUE;
        }).isPresent();
    }
}
