package org.peyvand.platform.core.error;

import java.util.List;

/**
 * The change collides with stored data (a unique value already used, a stale version).
 * Field errors, when present, name the colliding fields.
 */
public class ConflictException extends CrmException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> fieldErrors;

    public ConflictException(String messageKey, List<FieldError> fieldErrors, Object... args) {
        super(ErrorCode.CONFLICT, messageKey, args);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
