package org.peyvand.platform.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.peyvand.platform.form.internal.values.FieldValues;
import org.peyvand.platform.form.internal.values.InvalidValue;

/**
 * One field of a form.
 *
 * @param name         the API name (camelCase), as in REST payloads, CSV headers and field errors
 * @param minimum      the smallest number, or for dates the earliest day as an ISO date
 * @param maximum      the largest number, or the latest day
 * @param maxLength    the longest text; {@code null} for the type's limit
 * @param pattern      a regular expression the whole text must match
 * @param unique       no two records of the type may hold the same value
 * @param defaultValue the value a new record starts with, in the REST form of the type
 * @param lookupType   for lookups: the record type picked, such as {@code accounts.account}
 * @param expression   for computed fields: the expression over other fields
 * @param visibleWhen  shown (and validated) only when this holds; {@code null} for always
 * @param requiredWhen required only when this holds, on top of {@code required}
 * @param builtIn      stored by the module that owns the record type, not as a custom value
 * @param removed      removed from the form: hidden everywhere, its stored values kept
 */
public record FieldDefinition(String name, FieldType type, LocalizedText label, LocalizedText help, Boolean required,
        Boolean readOnly, Boolean unique, BigDecimal minimum, BigDecimal maximum, String minimumDate, String maximumDate,
        Integer maxLength, String pattern, String defaultValue, List<FieldOption> options, String lookupType,
        String expression, Condition visibleWhen, Condition requiredWhen, Boolean builtIn, Boolean removed) {

    /** Flags left out (as clients and files may) are false. */
    public FieldDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        required = Boolean.TRUE.equals(required);
        readOnly = Boolean.TRUE.equals(readOnly);
        unique = Boolean.TRUE.equals(unique);
        builtIn = Boolean.TRUE.equals(builtIn);
        removed = Boolean.TRUE.equals(removed);
        label = label == null ? LocalizedText.of(name, name) : label;
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** A plain optional field of {@code type}; the {@code with*} methods add the rest. */
    public static FieldDefinition of(String name, FieldType type, LocalizedText label) {
        return new FieldDefinition(name, type, label, null, false, false, false, null, null, null, null, null, null, null,
                List.of(), null, null, null, null, false, false);
    }

    public FieldDefinition withRequired(boolean value) {
        return new FieldDefinition(name, type, label, help, value, readOnly, unique, minimum, maximum, minimumDate, maximumDate,
                maxLength, pattern, defaultValue, options, lookupType, expression, visibleWhen, requiredWhen, builtIn, removed);
    }

    public FieldDefinition withUnique(boolean value) {
        return new FieldDefinition(name, type, label, help, required, readOnly, value, minimum, maximum, minimumDate, maximumDate,
                maxLength, pattern, defaultValue, options, lookupType, expression, visibleWhen, requiredWhen, builtIn, removed);
    }

    public FieldDefinition withRange(BigDecimal min, BigDecimal max) {
        return new FieldDefinition(name, type, label, help, required, readOnly, unique, min, max, minimumDate, maximumDate,
                maxLength, pattern, defaultValue, options, lookupType, expression, visibleWhen, requiredWhen, builtIn, removed);
    }

    public FieldDefinition withDateRange(String earliest, String latest) {
        return new FieldDefinition(name, type, label, help, required, readOnly, unique, minimum, maximum, earliest, latest,
                maxLength, pattern, defaultValue, options, lookupType, expression, visibleWhen, requiredWhen, builtIn, removed);
    }

    public FieldDefinition withText(Integer length, String regex) {
        return new FieldDefinition(name, type, label, help, required, readOnly, unique, minimum, maximum, minimumDate, maximumDate,
                length, regex, defaultValue, options, lookupType, expression, visibleWhen, requiredWhen, builtIn, removed);
    }

    public FieldDefinition withDefault(String value) {
        return new FieldDefinition(name, type, label, help, required, readOnly, unique, minimum, maximum, minimumDate, maximumDate,
                maxLength, pattern, value, options, lookupType, expression, visibleWhen, requiredWhen, builtIn, removed);
    }

    public FieldDefinition withOptions(List<FieldOption> choices) {
        return new FieldDefinition(name, type, label, help, required, readOnly, unique, minimum, maximum, minimumDate, maximumDate,
                maxLength, pattern, defaultValue, choices, lookupType, expression, visibleWhen, requiredWhen, builtIn, removed);
    }

    public FieldDefinition withLookup(String recordType) {
        return new FieldDefinition(name, type, label, help, required, readOnly, unique, minimum, maximum, minimumDate, maximumDate,
                maxLength, pattern, defaultValue, options, recordType, expression, visibleWhen, requiredWhen, builtIn, removed);
    }

    public FieldDefinition withExpression(String value) {
        return new FieldDefinition(name, type, label, help, required, readOnly, unique, minimum, maximum, minimumDate, maximumDate,
                maxLength, pattern, defaultValue, options, lookupType, value, visibleWhen, requiredWhen, builtIn, removed);
    }

    public FieldDefinition withConditions(Condition visible, Condition requiredIf) {
        return new FieldDefinition(name, type, label, help, required, readOnly, unique, minimum, maximum, minimumDate, maximumDate,
                maxLength, pattern, defaultValue, options, lookupType, expression, visible, requiredIf, builtIn, removed);
    }

    public FieldDefinition withHelp(LocalizedText text) {
        return new FieldDefinition(name, type, label, text, required, readOnly, unique, minimum, maximum, minimumDate, maximumDate,
                maxLength, pattern, defaultValue, options, lookupType, expression, visibleWhen, requiredWhen, builtIn, removed);
    }

    public FieldDefinition withReadOnly(boolean value) {
        return new FieldDefinition(name, type, label, help, required, value, unique, minimum, maximum, minimumDate, maximumDate,
                maxLength, pattern, defaultValue, options, lookupType, expression, visibleWhen, requiredWhen, builtIn, removed);
    }

    public FieldDefinition withBuiltIn(boolean value) {
        return new FieldDefinition(name, type, label, help, required, readOnly, unique, minimum, maximum, minimumDate, maximumDate,
                maxLength, pattern, defaultValue, options, lookupType, expression, visibleWhen, requiredWhen, value, removed);
    }

    public FieldDefinition withRemoved(boolean value) {
        return new FieldDefinition(name, type, label, help, required, readOnly, unique, minimum, maximum, minimumDate, maximumDate,
                maxLength, pattern, defaultValue, options, lookupType, expression, visibleWhen, requiredWhen, builtIn, value);
    }

    /**
     * The value a new record's input starts with: the default, read as the kernel reads input;
     * {@code null} when there is none or it is no value of this field.
     */
    public Object startValue() {
        if (defaultValue == null || defaultValue.isBlank() || type == FieldType.COMPUTED) {
            return null;
        }
        try {
            return FieldValues.parse(withRequired(false), defaultValue);
        } catch (InvalidValue notAValue) {
            return null;
        }
    }

    /**
     * What a reference field's values name, as {@link RecordLookups} knows it: the record type of a
     * lookup, colleagues for a user field, org units for an org unit field; {@code null} for any other field.
     */
    public String referencedType() {
        return switch (type) {
            case LOOKUP -> lookupType;
            case USER -> RecordLookups.USERS;
            case ORG_UNIT -> RecordLookups.ORG_UNITS;
            default -> null;
        };
    }

    /**
     * A custom field: one whose values the kernel stores, neither the module's own column nor removed.
     * (Not named like a getter, so JSON carries only the record's components.)
     */
    public boolean custom() {
        return !builtIn && !removed;
    }
}
