package org.peyvand.platform.rest.internal.security;

import java.util.Locale;
import java.util.Set;

import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DigitStyle;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.format.MoneyUnit;
import org.peyvand.platform.security.UserInput;

/** A user as clients send it; settings left out take the defaults of the language (Persian when none). */
public record UserBody(String username, String displayNameFa, String displayNameEn, String email, String mobile, Long unitId,
        String language, String calendar, String digits, String moneyUnit, String password, Set<String> roles, Long version) {

    UserInput input() {
        return new UserInput(displayNameFa, displayNameEn, email, mobile, unitId == null ? 1 : unitId, preferences());
    }

    DisplayPreferences preferences() {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : DisplayPreferences.PERSIAN;
        DisplayPreferences defaults = DisplayPreferences.defaults(locale);
        return new DisplayPreferences(locale,
                calendar == null ? defaults.calendar() : value(CalendarSystem.class, calendar, "calendar"),
                digits == null ? defaults.digits() : value(DigitStyle.class, digits, "digits"),
                moneyUnit == null ? defaults.moneyUnit() : value(MoneyUnit.class, moneyUnit, "moneyUnit"));
    }

    private static <E extends Enum<E>> E value(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "core.error.invalidValue");
        }
    }
}
