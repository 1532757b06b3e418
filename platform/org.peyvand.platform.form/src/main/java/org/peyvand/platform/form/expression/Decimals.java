package org.peyvand.platform.form.expression;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Numbers as expressions see them: decimals of bounded size. A literal such as {@code 1e999999999B}
 * is cheap to hold but would take hours and gigabytes to write out or turn into an integer, so no
 * such number goes further.
 */
final class Decimals {
    /** Digits allowed before and after the point: the whole range of a double, and still cheap. */
    private static final int MAX_DIGITS = 400;

    private Decimals() {
    }

    /**
     * {@code number} as a decimal without an exponent; a double by its shortest text, so 0.1 stays 0.1.
     *
     * @throws ArithmeticException if it is not finite or has more than {@link #MAX_DIGITS} digits on either side of the point
     */
    static BigDecimal of(Number number) {
        BigDecimal value = exact(number);
        if (value.scale() > MAX_DIGITS || value.precision() - value.scale() > MAX_DIGITS) {
            throw new ArithmeticException("number out of range");
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static BigDecimal exact(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if ((number instanceof Double || number instanceof Float) && !Double.isFinite(number.doubleValue())) {
            throw new ArithmeticException("not a number");
        }
        return new BigDecimal(number.toString());
    }
}
