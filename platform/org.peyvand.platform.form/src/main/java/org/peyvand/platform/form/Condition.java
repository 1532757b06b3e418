package org.peyvand.platform.form;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

import org.peyvand.platform.core.text.PersianText;

/**
 * "When {@code field} {@code operator} {@code value}": decides whether another field is shown or
 * required. A multi-select field equals a value when that value is among its choices.
 */
public record Condition(String field, Operator operator, String value) {

    public enum Operator {
        EQUALS, NOT_EQUALS, FILLED, EMPTY
    }

    public Condition {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(operator, "operator");
    }

    /** Whether the condition holds over the form's values by field name (canonical values or typed text). */
    public boolean holds(Map<String, ?> values) {
        Object actual = values.get(field);
        return switch (operator) {
            case FILLED -> !isEmpty(actual);
            case EMPTY -> isEmpty(actual);
            case EQUALS -> equal(actual, value);
            case NOT_EQUALS -> !equal(actual, value);
        };
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isBlank() || value instanceof Collection<?> c && c.isEmpty();
    }

    private static boolean equal(Object actual, String expected) {
        if (isEmpty(actual) || expected == null) {
            return isEmpty(actual) && (expected == null || expected.isBlank());
        }
        if (actual instanceof Collection<?> chosen) {
            return chosen.stream().anyMatch(item -> equal(item, expected));
        }
        if (actual instanceof Number number) {
            try {
                return new BigDecimal(number.toString()).compareTo(new BigDecimal(PersianText.toLatinDigits(expected.strip()))) == 0;
            } catch (NumberFormatException notANumber) {
                return false;
            }
        }
        return PersianText.normalize(String.valueOf(actual)).equals(PersianText.normalize(expected));
    }
}
