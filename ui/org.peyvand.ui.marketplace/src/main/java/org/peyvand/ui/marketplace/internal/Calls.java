package org.peyvand.ui.marketplace.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.peyvand.ui.api.UiContext;

/** Runs one call of the marketplace from the screen and shows what it refuses, never a stack trace. */
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
