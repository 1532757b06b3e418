package org.peyvand.module.accounts.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.text.PersianText;

/**
 * Dates as people type them in forms, files and the shell: ISO "1990-08-03" or Jalali
 * "1369/05/12", with "/" or "-" and any digits. A year before 1700 can only be Jalali.
 */
public final class DateText {
    private static final int FIRST_GREGORIAN_YEAR = 1700;
    private static final Pattern DATE = Pattern.compile("(\\d{4})([/-])(\\d{1,2})\\2(\\d{1,2})");

    private DateText() {
    }

    /** The date, or empty when {@code text} is not one. */
    public static Optional<LocalDate> parse(String text) {
        Matcher matcher = DATE.matcher(PersianText.toLatinDigits(text).strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        int month = Integer.parseInt(matcher.group(3));
        int day = Integer.parseInt(matcher.group(4));
        try {
            return Optional.of(year < FIRST_GREGORIAN_YEAR
                    ? JalaliDate.of(year, month, day).toLocalDate()
                    : LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
