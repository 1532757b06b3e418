package org.peyvand.platform.core.format;

import java.util.Locale;

/**
 * The unit in which money is shown. Amounts are always stored in rials; the toman, the unit Iranians
 * use in everyday speech, is ten rials.
 */
public enum MoneyUnit {
    RIAL(1, "ریال", "Rial"),
    TOMAN(10, "تومان", "Toman");

    private final long rialsPerUnit;
    private final String persianName;
    private final String latinName;

    MoneyUnit(long rialsPerUnit, String persianName, String latinName) {
        this.rialsPerUnit = rialsPerUnit;
        this.persianName = persianName;
        this.latinName = latinName;
    }

    /** Returns how many rials one unit is worth. */
    public long rialsPerUnit() {
        return rialsPerUnit;
    }

    /** Returns the unit's Persian name for Persian locales and its English name otherwise. */
    public String displayName(Locale locale) {
        return "fa".equals(locale.getLanguage()) ? persianName : latinName;
    }
}
