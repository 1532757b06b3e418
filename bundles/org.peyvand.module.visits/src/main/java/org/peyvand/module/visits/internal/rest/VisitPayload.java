package org.peyvand.module.visits.internal.rest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peyvand.module.visits.VisitInput;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.text.PersianText;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON body of a create or change; {@code version} is the one read, required on change. */
public record VisitPayload(@Schema(description = "ISO (2025-03-21) or Jalali (1404/01/01), in any digits", example = "1404/01/15") String visitDate,
        @Schema(description = "The visited account's id") Long accountId,
        @Schema(description = "The visiting colleague's username; the caller when left out") String visitor,
        String purpose, String outcome, Map<String, Object> custom, Long version) {
    /** A year before this can only be Jalali. */
    private static final int FIRST_GREGORIAN_YEAR = 1700;
    private static final Pattern DATE = Pattern.compile("(\\d{4})([/-])(\\d{1,2})\\2(\\d{1,2})");

    VisitInput toInput() {
        return new VisitInput(date(visitDate), accountId, visitor, purpose, outcome, custom);
    }

    long requiredVersion() {
        if (version == null) {
            throw ValidationException.of("version", "core.error.required");
        }
        return version;
    }

    private static LocalDate date(String text) {
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
        throw ValidationException.of("visitDate", "core.error.invalidDate");
    }
}
