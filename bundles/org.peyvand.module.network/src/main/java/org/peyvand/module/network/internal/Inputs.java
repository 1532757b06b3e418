package org.peyvand.module.network.internal;

import java.util.regex.Pattern;

import org.peyvand.module.network.NodeClassInput;
import org.peyvand.module.network.RegionInput;
import org.peyvand.platform.core.error.Validator;

/** The field checks of regions and classes: trimmed, required, within the columns' sizes; every bad field named at once. */
final class Inputs {
    static final int NAME = 100;
    static final int CODE = 20;
    static final int CRITERIA = 1000;
    /** A class code as people say it: "A", "B+", "gold-1". */
    private static final Pattern CLASS_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9+\\-]{0,19}");

    private Inputs() {
    }

    static RegionInput region(RegionInput input) {
        RegionInput trimmed = new RegionInput(input.provinceId(), clean(input.nameFa()), clean(input.nameEn()));
        new Validator().required(trimmed.nameFa(), "nameFa").maxLength(trimmed.nameFa(), NAME, "nameFa")
                .required(trimmed.nameEn(), "nameEn").maxLength(trimmed.nameEn(), NAME, "nameEn").throwIfInvalid();
        return trimmed;
    }

    static NodeClassInput nodeClass(NodeClassInput input) {
        NodeClassInput trimmed = new NodeClassInput(clean(input.code()), clean(input.nameFa()), clean(input.nameEn()), clean(input.criteria()));
        Validator validator = new Validator().required(trimmed.code(), "code");
        if (trimmed.code() != null) {
            validator.check(CLASS_CODE.matcher(trimmed.code()).matches(), "code", "network.error.classCode", CODE);
        }
        validator.required(trimmed.nameFa(), "nameFa").maxLength(trimmed.nameFa(), NAME, "nameFa")
                .required(trimmed.nameEn(), "nameEn").maxLength(trimmed.nameEn(), NAME, "nameEn")
                .maxLength(trimmed.criteria(), CRITERIA, "criteria").throwIfInvalid();
        return trimmed;
    }

    /** @return the text stripped, {@code null} when blank */
    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
