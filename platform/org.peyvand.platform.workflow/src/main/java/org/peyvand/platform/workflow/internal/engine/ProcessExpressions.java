package org.peyvand.platform.workflow.internal.engine;

import java.math.BigDecimal;
import java.util.Map;

import org.peyvand.platform.form.expression.ExpressionException;
import org.peyvand.platform.form.expression.SafeExpressions;
import org.peyvand.platform.workflow.internal.model.BpmnReader;

/** Conditions, assignments and parameters of a diagram, evaluated over an instance's variables in the sandbox. */
public final class ProcessExpressions {
    private final SafeExpressions sandbox;

    public ProcessExpressions(SafeExpressions sandbox) {
        this.sandbox = sandbox;
    }

    /** A condition: true only when the expression gives true. */
    public boolean test(String source, Map<String, Object> variables, String elementId) {
        return Boolean.TRUE.equals(evaluate(source, variables, elementId));
    }

    /** A text that may be an expression in {@code ${ }}: its value, or the text as it is. */
    public Object value(String text, Map<String, Object> variables, String elementId) {
        String source = BpmnReader.expressionSource(text);
        return source == null ? text : evaluate(source, variables, elementId);
    }

    /** {@link #value} as text; numbers without trailing zeros, null as null. */
    public String text(String text, Map<String, Object> variables, String elementId) {
        Object value = value(text, variables, elementId);
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : value.toString();
    }

    public Object evaluate(String source, Map<String, Object> variables, String elementId) {
        try {
            return sandbox.evaluate(source, variables);
        } catch (ExpressionException failed) {
            throw new ProcessFailure("workflow.error.expression", elementId, source,
                    failed.args().isEmpty() ? failed.messageKey() : String.valueOf(failed.args().get(0)));
        }
    }
}
