package org.peyvand.platform.core.error;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors while checking input, then throws them together. */
public final class Validator {
    private final List<FieldError> errors = new ArrayList<>();

    public Validator reject(String field, String messageKey, Object... args) {
        errors.add(FieldError.of(field, messageKey, args));
        return this;
    }

    public Validator check(boolean valid, String field, String messageKey, Object... args) {
        if (!valid) {
            reject(field, messageKey, args);
        }
        return this;
    }

    /** Rejects a blank required value. */
    public Validator required(String value, String field) {
        return check(value != null && !value.isBlank(), field, "core.error.required");
    }

    /** Rejects a value longer than the column that stores it. */
    public Validator maxLength(String value, int max, String field) {
        return check(value == null || value.length() <= max, field, "core.error.tooLong", max);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
