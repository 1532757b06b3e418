package org.peyvand.platform.form.expression;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * The functions an expression may call, as {@code fn:name(...)}: the only Java code it can reach.
 * A missing value (null) is handled as stated on each function rather than failing.
 */
public final class ExpressionFunctions {
    /** The most decimal places {@link #round} keeps, or (negative) the most it rounds away before the point. */
    private static final int MAX_PLACES = 20;

    /**
     * {@code value} rounded half up to {@code places} decimals; negative places round to tens,
     * hundreds and so on, as for whole rials. Null if the value is null; no places means none.
     */
    public BigDecimal round(Number value, Number places) {
        if (value == null) {
            return null;
        }
        int scale = places == null ? 0 : Decimals.of(places).intValueExact();
        if (Math.abs(scale) > MAX_PLACES) {
            throw new ArithmeticException("places must be between -" + MAX_PLACES + " and " + MAX_PLACES);
        }
        return Decimals.of(Decimals.of(value).setScale(scale, RoundingMode.HALF_UP));
    }

    /** The absolute value; null if the value is null. */
    public BigDecimal abs(Number value) {
        return value == null ? null : Decimals.of(value).abs();
    }

    /** The smaller of two numbers; a null one is left out, so null only if both are. */
    public BigDecimal min(Number first, Number second) {
        return pick(first, second, -1);
    }

    /** The larger of two numbers; a null one is left out, so null only if both are. */
    public BigDecimal max(Number first, Number second) {
        return pick(first, second, 1);
    }

    /** The days from {@code from} to {@code to}, negative if {@code to} is earlier; null if either is null. */
    public Long days(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : ChronoUnit.DAYS.between(from, to);
    }

    /** The number of characters in the text; 0 if it is null. */
    public int len(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** The first value unless it is null, else the second. */
    public Object coalesce(Object first, Object second) {
        return first != null ? first : second;
    }

    /**
     * Whether a list (such as the choices of a multi-select field) holds the value, or a text
     * holds it as a part; false if either is null.
     */
    public boolean contains(Object container, Object value) {
        if (container == null || value == null) {
            return false;
        }
        if (container instanceof Collection<?> values) {
            return values.contains(value);
        }
        return container instanceof CharSequence text && text.toString().contains(value.toString());
    }

    private static BigDecimal pick(Number first, Number second, int sign) {
        if (first == null) {
            return second == null ? null : Decimals.of(second);
        }
        if (second == null) {
            return Decimals.of(first);
        }
        BigDecimal a = Decimals.of(first);
        BigDecimal b = Decimals.of(second);
        return a.compareTo(b) * sign >= 0 ? a : b;
    }
}
