package org.peyvand.platform.form.expression;

import java.math.BigDecimal;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;

import org.apache.commons.jexl3.JexlArithmetic;
import org.apache.commons.jexl3.JexlOperator;

/**
 * JEXL arithmetic for form expressions. A null field counts as zero in arithmetic, as empty text
 * when joined to text and as false in a condition; {@code +} with text on either side joins text.
 * Fractions are decimal (0.1 + 0.2 is 0.3) and division keeps them (7 / 2 is 3.5), since these
 * are prices, rates and quantities. Every number passes through {@link Decimals}, and regular
 * expressions stop when the evaluation is cancelled, so no operator runs on past the time limit.
 */
final class DecimalArithmetic extends JexlArithmetic {

    DecimalArithmetic() {
        super(true);
    }

    /** Strict as a whole, for the engine turns a failed division into 0 otherwise; yet no operator refuses null. */
    @Override
    public boolean isStrict(JexlOperator operator) {
        return false;
    }

    /** Null is false, for {@code &&}, {@code ||} and {@code !}. */
    @Override
    public boolean toBoolean(Object value) {
        return value != null && super.toBoolean(value);
    }

    @Override
    public Object add(Object left, Object right) {
        return super.add(decimal(left), decimal(right));
    }

    @Override
    public Object subtract(Object left, Object right) {
        return super.subtract(decimal(left), decimal(right));
    }

    @Override
    public Object multiply(Object left, Object right) {
        return super.multiply(decimal(left), decimal(right));
    }

    @Override
    public Object divide(Object left, Object right) {
        return toBigDecimal(false, left).divide(divisor(right), getMathContext());
    }

    @Override
    public Object mod(Object left, Object right) {
        return toBigDecimal(false, left).remainder(divisor(right), getMathContext());
    }

    @Override
    public BigDecimal toBigDecimal(Object value) {
        return Decimals.of(super.toBigDecimal(value));
    }

    @Override
    public long toLong(Object value) {
        return super.toLong(bounded(value));
    }

    @Override
    public int toInteger(Object value) {
        return super.toInteger(bounded(value));
    }

    @Override
    public String toString(Object value) {
        return value instanceof BigDecimal decimal ? Decimals.of(decimal).toPlainString() : super.toString(value);
    }

    /** {@code =~} and {@code !~}: a text on the right is a regular expression the whole left side must match. */
    @Override
    public Boolean contains(Object container, Object value) {
        if (value != null && (container instanceof CharSequence || container instanceof Pattern)) {
            Pattern pattern = container instanceof Pattern given ? given : Pattern.compile(container.toString());
            return pattern.matcher(new CancellableText(value.toString())).matches();
        }
        return super.contains(container, value);
    }

    private BigDecimal divisor(Object value) {
        BigDecimal divisor = toBigDecimal(false, value);
        if (divisor.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return divisor;
    }

    private static Object decimal(Object value) {
        return value instanceof Double || value instanceof Float ? Decimals.of((Number) value) : value;
    }

    private static Object bounded(Object value) {
        return value instanceof BigDecimal decimal ? Decimals.of(decimal) : value;
    }

    /**
     * Text for a regular expression match. The matcher never looks at the thread's interrupt flag,
     * and a pattern such as {@code (.*a){20}} can backtrack for hours; reading a character is where
     * a cancelled match stops.
     */
    private record CancellableText(String text) implements CharSequence {

        @Override
        public char charAt(int index) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("expression cancelled");
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
