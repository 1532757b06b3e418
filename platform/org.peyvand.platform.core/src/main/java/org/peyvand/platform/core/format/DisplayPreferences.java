package org.peyvand.platform.core.format;

import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Objects;
import org.peyvand.platform.core.calendar.CalendarSystem;

/** How a user wants dates, numbers and money displayed. */
public record DisplayPreferences(Locale locale, CalendarSystem calendar, DigitStyle digits, MoneyUnit moneyUnit) {

    /** Persian as used in Iran, the platform's primary locale. */
    public static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");

    public DisplayPreferences {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(digits, "digits");
        Objects.requireNonNull(moneyUnit, "moneyUnit");
    }

    /**
     * Returns the usual preferences for a locale: Jalali dates and Persian digits for Persian, Gregorian
     * dates and Latin digits otherwise; money in rials, the official unit, for both.
     */
    public static DisplayPreferences defaults(Locale locale) {
        return "fa".equals(locale.getLanguage())
                ? new DisplayPreferences(locale, CalendarSystem.JALALI, DigitStyle.PERSIAN, MoneyUnit.RIAL)
                : new DisplayPreferences(locale, CalendarSystem.GREGORIAN, DigitStyle.LATIN, MoneyUnit.RIAL);
    }

    /** Returns whether the locale's script is written right to left, as Persian is. */
    public boolean rightToLeft() {
        return ULocale.forLocale(locale).isRightToLeft();
    }
}
