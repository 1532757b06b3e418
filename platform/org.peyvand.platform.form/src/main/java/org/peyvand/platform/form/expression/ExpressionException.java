package org.peyvand.platform.form.expression;

import java.util.List;

/**
 * An expression that is refused or cannot be computed. Carries a message key the faces localise
 * and its arguments, never a stack trace or the engine's own text alone.
 */
public class ExpressionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The text cannot be parsed; the argument says where and why. */
    public static final String SYNTAX = "form.error.expression.syntax";
    /** A variable is not a field of the form; the argument is its name. */
    public static final String UNKNOWN_FIELD = "form.error.expression.unknownField";
    /** The expression uses something outside the sandbox; the argument describes it. */
    public static final String FORBIDDEN = "form.error.expression.forbidden";
    /** The text is longer than {@link SafeExpressions#MAX_LENGTH}; the argument is that length. */
    public static final String TOO_LONG = "form.error.expression.tooLong";
    /** The evaluation ran out of time; the argument is the limit in milliseconds. */
    public static final String TIMEOUT = "form.error.expression.timeout";
    /** The evaluation failed, for instance on a division by zero; the argument is the reason. */
    public static final String FAILED = "form.error.expression.failed";

    private final String messageKey;
    private final transient List<Object> args;

    public ExpressionException(String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
