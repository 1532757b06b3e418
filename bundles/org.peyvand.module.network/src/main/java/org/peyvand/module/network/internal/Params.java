package org.peyvand.module.network.internal;

import org.peyvand.module.network.NodeRole;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.text.PersianText;

/** Values of query parameters, bodies and shell options parsed here, so a bad one is refused naming its field. */
public final class Params {

    private Params() {
    }

    /** In Latin or Persian digits; {@code null} for a blank value. */
    public static Long number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(PersianText.toLatinDigits(text).strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of(field, "core.error.invalidNumber");
        }
    }

    /** {@code AGENCY}, {@code agency} or {@code sales-centre}; {@code null} for a blank value. */
    public static NodeRole role(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        NodeRole role = NodeRole.of(text);
        if (role == null) {
            throw ValidationException.of(field, "network.error.role");
        }
        return role;
    }
}
