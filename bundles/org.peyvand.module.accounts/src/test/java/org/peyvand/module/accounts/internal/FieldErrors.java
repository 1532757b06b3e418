package org.peyvand.module.accounts.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;

/** Assertions on the field errors of a {@link ValidationException}. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** The "field=messageKey" pairs a validation failure names, in order. */
    public static List<String> of(ThrowingCallable call) {
        ValidationException[] caught = new ValidationException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> caught[0] = e);
        return describe(caught[0].fieldErrors());
    }

    public static List<String> describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + "=" + e.messageKey()).toList();
    }
}
