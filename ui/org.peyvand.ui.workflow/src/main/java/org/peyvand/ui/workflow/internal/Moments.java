package org.peyvand.ui.workflow.internal;

import java.time.Instant;
import java.time.ZoneId;

import org.peyvand.ui.api.UiContext;

/** Moments as the screens show them: in the user's calendar and digits, on Tehran's clock. */
public final class Moments {
    public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private Moments() {
    }

    public static String show(UiContext context, Instant at) {
        return context.format().dateTime(at, TEHRAN);
    }
}
