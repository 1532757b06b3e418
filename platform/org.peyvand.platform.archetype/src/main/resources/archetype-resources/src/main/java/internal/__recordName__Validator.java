package ${package}.internal;

import ${package}.${recordName}Input;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.error.Validator;

/** The rules of a ${recordName.toLowerCase()}'s own fields; sizes mirror its table's columns. */
final class ${recordName}Validator {
    static final int NAME_MAX = 200;
    static final int NOTES_MAX = 2000;

    /**
     * @return the input with values stripped and blanks as {@code null}
     * @throws ValidationException naming every invalid field at once
     */
    ${recordName}Input validate(${recordName}Input input) {
        Validator validator = new Validator();
        String name = clean(input.name());
        validator.required(name, "name").maxLength(name, NAME_MAX, "name");
        String notes = clean(input.notes());
        validator.maxLength(notes, NOTES_MAX, "notes");
        validator.throwIfInvalid();
        return new ${recordName}Input(name, notes, input.custom());
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
