package org.peyvand.module.occasions.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.text.PersianText;

/** Values of query parameters, bodies and shell arguments parsed here, so a bad one is refused naming its field. */
public final class Params {

    private Params() {
    }

    /** In Latin or Persian digits; {@code fallback} for a blank value. */
    public static int number(String text, String field, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(PersianText.toLatinDigits(text).strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of(field, "core.error.invalidNumber");
        }
    }

    /** {@code 2026-03-20}, or a Jalali {@code 1404/12/29}; {@code null} for a blank value. */
    public static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String latin = PersianText.toLatinDigits(text).strip();
        try {
            return latin.contains("/") ? JalaliDate.parse(latin).toLocalDate() : LocalDate.parse(latin);
        } catch (DateTimeException e) {
            throw ValidationException.of(field, "occasions.error.date");
        }
    }
}
