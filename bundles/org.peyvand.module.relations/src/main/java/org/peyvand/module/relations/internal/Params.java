package org.peyvand.module.relations.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peyvand.module.relations.RecordKind;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.text.PersianText;

/** Values of query parameters and bodies parsed here rather than by JAX-RS, so a bad one is a 400 naming its field. */
public final class Params {
    /** A year before this can only be Jalali. */
    private static final int FIRST_GREGORIAN_YEAR = 1700;
    private static final Pattern DATE = Pattern.compile("(\\d{4})([/-])(\\d{1,2})\\2(\\d{1,2})");

    private Params() {
    }

    /** @return {@code null} for a blank value */
    public static RecordKind kind(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        RecordKind kind = RecordKind.of(text);
        if (kind == null) {
            throw ValidationException.of(field, "relations.error.kind");
        }
        return kind;
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

    /** ISO (2025-03-21) or Jalali (1404/01/01), in any digits; {@code null} for a blank value. */
    public static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher matcher = DATE.matcher(PersianText.toLatinDigits(text).strip());
        try {
            if (matcher.matches()) {
                int year = Integer.parseInt(matcher.group(1));
                int month = Integer.parseInt(matcher.group(3));
                int day = Integer.parseInt(matcher.group(4));
                return year < FIRST_GREGORIAN_YEAR ? JalaliDate.of(year, month, day).toLocalDate() : LocalDate.of(year, month, day);
            }
        } catch (DateTimeException invalid) {
            // reported below like any other text that is not a date
        }
        throw ValidationException.of(field, "core.error.invalidDate");
    }
}
