package org.peyvand.platform.core.format;

/** The digits in which numbers and dates are shown. */
public enum DigitStyle {
    /** ASCII digits 0-9. */
    LATIN,
    /** Persian digits ۰-۹. */
    PERSIAN
}
