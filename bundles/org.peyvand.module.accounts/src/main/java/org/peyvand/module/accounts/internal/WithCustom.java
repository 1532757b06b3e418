package org.peyvand.module.accounts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.form.CustomValues;
import org.peyvand.platform.security.FieldAccess;

/**
 * Checks a record's own fields and its custom fields together, so that a form shows every error at
 * once, whichever part they are in.
 */
final class WithCustom {

    /** The checked input and custom values. */
    record Checked<I>(I valid, CustomValues custom) {
    }

    private WithCustom() {
    }

    /**
     * @param builtIn validates the record's own fields
     * @param custom  checks the custom values, given the record's own values (validated when they are valid)
     */
    static <I> Checked<I> check(I input, UnaryOperator<I> builtIn, Function<I, CustomValues> custom) {
        List<FieldError> errors = new ArrayList<>();
        I valid = null;
        try {
            valid = builtIn.apply(input);
        } catch (ValidationException invalid) {
            errors.addAll(invalid.fieldErrors());
        }
        CustomValues values = null;
        try {
            values = custom.apply(valid == null ? input : valid);
        } catch (ValidationException invalid) {
            errors.addAll(invalid.fieldErrors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Checked<>(valid, values);
    }

    /** The custom values a caller may see. */
    static Map<String, Object> shown(Map<String, Object> custom, FieldAccess access) {
        Map<String, Object> shown = new java.util.LinkedHashMap<>(custom);
        shown.keySet().removeIf(field -> !access.visible(field));
        return shown;
    }

    /** The values worth showing and auditing: the empty ones left out. */
    static Map<String, Object> filled(Map<String, Object> values) {
        Map<String, Object> filled = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != null) {
                filled.put(name, value);
            }
        });
        return filled;
    }
}
