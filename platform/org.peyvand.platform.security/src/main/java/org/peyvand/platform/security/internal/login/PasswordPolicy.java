package org.peyvand.platform.security.internal.login;

import java.util.List;
import java.util.Locale;

import org.peyvand.platform.core.error.Validator;

/**
 * What a new password must be: long enough, not longer than a hash input should be, not the
 * username, and none of the user's recent passwords (NIST SP 800-63B: length over composition).
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    /** How many earlier passwords may not be used again. */
    public static final int REMEMBERED = 5;

    private final PasswordHasher hasher;

    public PasswordPolicy(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    /** @throws org.peyvand.platform.core.error.ValidationException naming {@code field} */
    public void check(String field, char[] password, String username, List<String> recentHashes) {
        Validator v = new Validator();
        int length = password == null ? 0 : password.length;
        v.check(length >= MIN_LENGTH, field, "security.error.passwordTooShort", MIN_LENGTH);
        v.check(length <= MAX_LENGTH, field, "security.error.passwordTooLong", MAX_LENGTH);
        v.throwIfInvalid();
        String lower = new String(password).toLowerCase(Locale.ROOT);
        v.check(username == null || !lower.contains(username.toLowerCase(Locale.ROOT)), field, "security.error.passwordHasUsername");
        v.throwIfInvalid();
        v.check(recentHashes.stream().noneMatch(h -> hasher.verify(password, h)), field, "security.error.passwordReused", REMEMBERED);
        v.throwIfInvalid();
    }
}
