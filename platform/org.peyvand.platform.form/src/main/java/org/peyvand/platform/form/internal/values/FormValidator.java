package org.peyvand.platform.form.internal.values;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.expression.ExpressionException;
import org.peyvand.platform.form.expression.SafeExpressions;

/**
 * Checks the values of a form's custom fields together: each against its type and rules, then
 * what is required (always, or when another field holds a value) among the fields shown, then
 * works out the computed fields. All errors are reported at once, by field.
 */
public final class FormValidator {
    private final SafeExpressions expressions;

    public FormValidator(SafeExpressions expressions) {
        this.expressions = expressions;
    }

    /**
     * @param input   the values by field name, as typed; only the custom fields are read
     * @param context the values of the record's built-in fields, which conditions and expressions may read
     * @return the custom fields' values, computed ones included; empty ones map to {@code null}
     * @throws ValidationException naming every field that breaks a rule
     */
    public Map<String, Object> validate(FormDefinition form, Map<String, ?> input, Map<String, ?> context) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldDefinition field : form.customFields()) {
            if (field.type() == FieldType.COMPUTED) {
                continue;
            }
            try {
                values.put(field.name(), FieldValues.parse(field, input.get(field.name())));
            } catch (InvalidValue invalid) {
                errors.add(new FieldError(field.name(), invalid.messageKey(), invalid.args()));
                values.put(field.name(), null);
            }
        }
        Map<String, Object> all = new HashMap<>(context);
        all.putAll(values);
        for (FieldDefinition field : form.customFields()) {
            boolean shown = field.visibleWhen() == null || field.visibleWhen().holds(all);
            boolean required = field.required() || field.requiredWhen() != null && field.requiredWhen().holds(all);
            boolean failed = errors.stream().anyMatch(e -> e.field().equals(field.name()));
            if (shown && required && !failed && field.type() != FieldType.COMPUTED && FieldValues.isEmpty(values.get(field.name()))) {
                errors.add(FieldError.of(field.name(), "core.error.required"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        for (FieldDefinition field : form.customFields()) {
            if (field.type() == FieldType.COMPUTED) {
                Object result = compute(field, all, errors);
                values.put(field.name(), result);
                all.put(field.name(), result);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return values;
    }

    private Object compute(FieldDefinition field, Map<String, Object> all, List<FieldError> errors) {
        try {
            return expressions.evaluate(field.expression(), all);
        } catch (ExpressionException failed) {
            errors.add(new FieldError(field.name(), failed.messageKey(), failed.args()));
            return null;
        }
    }
}
