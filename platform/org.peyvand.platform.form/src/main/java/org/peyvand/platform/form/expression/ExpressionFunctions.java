package org.peyvand.platform.form.expression;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
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

    /**
     * The items of a comma-separated text or of a list, counted: {@code fn:count("a, b")} is 2.
     * 0 if it is null or blank.
     */
    public int count(Object items) {
        return items(items).length;
    }

    /**
     * The {@code n}th item (from 1) of a comma-separated text or of a list, trimmed:
     * {@code fn:item("role:sales, role:manager", 2)} is {@code role:manager}. Null past the end.
     */
    public Object item(Object items, Number n) {
        Object[] all = items(items);
        int index = n == null ? 0 : Decimals.of(n).intValue();
        return index < 1 || index > all.length ? null : all[index - 1];
    }

    private static Object[] items(Object items) {
        if (items instanceof Collection<?> values) {
            return values.toArray();
        }
        if (items == null || items.toString().isBlank()) {
            return new Object[0];
        }
        return Arrays.stream(items.toString().split(",")).map(String::trim).filter(part -> !part.isEmpty()).toArray();
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
