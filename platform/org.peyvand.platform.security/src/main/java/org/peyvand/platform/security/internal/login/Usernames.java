package org.peyvand.platform.security.internal.login;

import java.util.Locale;
import java.util.regex.Pattern;

import org.peyvand.platform.core.text.PersianText;

/** Usernames are Latin, lower case, 3 to 60 characters: they are typed at SSH prompts and in URLs. */
public final class Usernames {
    public static final Pattern VALID = Pattern.compile("[a-z][a-z0-9._-]{2,59}");

    private Usernames() {
    }

    /** Trims, lowers the case and turns Persian or Arabic digits into Latin ones. */
    public static String normalise(String username) {
        return PersianText.toLatinDigits(username.trim()).toLowerCase(Locale.ROOT);
    }
}
