package org.peyvand.module.relations.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import org.peyvand.module.relations.RelationTypeInput;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.error.Validator;

/** The rules of a relation type; sizes mirror the columns of {@code rel_type}. */
final class TypeValidator {
    static final int NAME_MAX = 100;
    /** Lower-case letters, digits and hyphens, as the shell and REST take it. */
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private TypeValidator() {
    }

    /**
     * @return the input with its texts stripped and the code in lower case
     * @throws ValidationException naming every invalid field at once
     */
    static RelationTypeInput validate(RelationTypeInput input) {
        Validator validator = new Validator();
        String code = clean(input.code());
        if (code == null) {
            validator.reject("code", "core.error.required");
        } else {
            code = code.toLowerCase(Locale.ROOT);
            validator.check(CODE.matcher(code).matches(), "code", "relations.error.code");
        }
        String nameFa = name(validator, input.nameFa(), "nameFa");
        String nameEn = name(validator, input.nameEn(), "nameEn");
        String inverseFa = name(validator, input.inverseFa(), "inverseFa");
        String inverseEn = name(validator, input.inverseEn(), "inverseEn");
        validator.throwIfInvalid();
        return new RelationTypeInput(code, nameFa, nameEn, inverseFa, inverseEn, input.fromKind(), input.toKind(), input.hierarchical());
    }

    private static String name(Validator validator, String value, String field) {
        String name = clean(value);
        validator.required(name, field).maxLength(name, NAME_MAX, field);
        return name;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
