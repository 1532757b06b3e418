package org.peyvand.module.accounts.internal;

import java.util.Optional;
import java.util.regex.Pattern;

import org.peyvand.platform.core.text.PersianText;

/** Small helpers for the values users type. */
public final class Values {
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private Values() {
    }

    /** The value without surrounding white space, or null when nothing is left. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** A record id as typed, in any digits; empty when it is not a plain positive number. */
    public static Optional<Long> parseId(String value) {
        String digits = PersianText.toLatinDigits(value.strip());
        return ID.matcher(digits).matches() ? Optional.of(Long.valueOf(digits)) : Optional.empty();
    }
}
