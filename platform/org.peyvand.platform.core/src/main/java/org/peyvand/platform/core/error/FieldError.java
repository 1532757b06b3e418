package org.peyvand.platform.core.error;

import java.util.List;
import java.util.Objects;

/**
 * One invalid field: {@code field} is the API name (camelCase, as in REST payloads and form
 * definitions), {@code messageKey} an i18n key, {@code args} its arguments.
 */
public record FieldError(String field, String messageKey, List<Object> args) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(field, messageKey, List.of(args));
    }
}
