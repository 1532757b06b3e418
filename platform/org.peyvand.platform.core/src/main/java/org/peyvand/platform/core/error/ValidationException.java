package org.peyvand.platform.core.error;

import java.util.List;

/** Input that breaks a rule; lists every offending field so a form can mark them all at once. */
public class ValidationException extends CrmException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> fieldErrors;

    public ValidationException(List<FieldError> fieldErrors) {
        super(ErrorCode.VALIDATION, "core.error.validation");
        if (fieldErrors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure names at least one field");
        }
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ValidationException of(String field, String messageKey, Object... args) {
        return new ValidationException(List.of(FieldError.of(field, messageKey, args)));
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
