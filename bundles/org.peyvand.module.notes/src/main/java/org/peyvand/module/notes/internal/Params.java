package org.peyvand.module.notes.internal;

import java.util.Locale;

import org.peyvand.module.notes.ListKind;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.core.text.PersianText;

/** Values of query parameters, bodies and shell arguments parsed here, so a bad one is a 400 naming its field. */
public final class Params {
    private Params() {
    }

    /** @return {@code null} for a blank value */
    public static Long number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(PersianText.toLatinDigits(text).strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of(field, "core.error.invalidNumber");
        }
    }

    /** A page size, {@link PageRequest#DEFAULT_LIMIT} when blank. */
    public static int limit(String text) {
        Long limit = number(text, "limit");
        return limit == null ? PageRequest.DEFAULT_LIMIT : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, limit));
    }

    /** @return {@code null} for a blank value */
    public static ListKind kind(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ListKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "notes.error.kind");
        }
    }
}
