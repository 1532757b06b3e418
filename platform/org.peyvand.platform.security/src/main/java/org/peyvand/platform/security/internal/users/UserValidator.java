package org.peyvand.platform.security.internal.users;

import java.util.Locale;
import java.util.function.LongPredicate;

import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.core.validation.IranianIdentifiers;
import org.peyvand.platform.security.UserInput;
import org.peyvand.platform.security.internal.login.Usernames;

/** Checks a user's details and returns them cleaned: trimmed, mobile in E.164, email in lower case. */
final class UserValidator {

    private UserValidator() {
    }

    static void checkUsername(String username) {
        new Validator().check(username != null && Usernames.VALID.matcher(Usernames.normalise(username)).matches(),
                "username", "security.error.usernameInvalid").throwIfInvalid();
    }

    static UserInput validate(UserInput input, LongPredicate unitExists) {
        Validator v = new Validator();
        String fa = trim(input.displayNameFa());
        String en = trim(input.displayNameEn());
        v.required(fa, "displayNameFa").maxLength(fa, 200, "displayNameFa").maxLength(en, 200, "displayNameEn");
        String email = trim(input.email());
        if (email != null) {
            v.maxLength(email, 200, "email").check(IranianIdentifiers.isValidEmail(email), "email", "core.error.email");
        }
        String mobile = trim(input.mobile());
        String normalisedMobile = null;
        if (mobile != null) {
            normalisedMobile = IranianIdentifiers.normalizeMobile(mobile).orElse(null);
            v.check(normalisedMobile != null, "mobile", "core.error.mobile");
        }
        v.check(unitExists.test(input.unitId()), "unitId", "security.error.unitMissing", input.unitId());
        v.check(input.preferences() != null, "preferences", "core.error.required");
        v.throwIfInvalid();
        return new UserInput(fa, en == null ? fa : en, email == null ? null : email.toLowerCase(Locale.ROOT),
                normalisedMobile, input.unitId(), input.preferences());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
