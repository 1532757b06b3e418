package org.peyvand.platform.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.form.expression.ExpressionException;
import org.peyvand.platform.form.expression.SafeExpressions;
import org.peyvand.platform.report.ResultColumn;
import org.peyvand.platform.report.internal.query.ComputedColumn;
import org.peyvand.platform.report.internal.query.ReportQuery;

/**
 * A result's rows as the definition asks for them: the query's values with the computed columns
 * put in their places, each evaluated in the sandbox over the other values of its row. A row whose
 * expression fails (a division by zero, say) gets no value there rather than failing the report.
 */
public final class ResultRows {
    private final ReportQuery.Built built;
    private final SafeExpressions sandbox;
    private final List<String> names;
    private final List<ResultColumn> columns;

    /** @throws ValidationException naming each computed column whose expression is refused */
    ResultRows(ReportQuery.Built built, SafeExpressions sandbox) {
        this.built = built;
        this.sandbox = sandbox;
        this.names = built.columns().stream().map(ResultRows::name).toList();
        Set<String> known = Set.copyOf(names);
        List<FieldError> refused = new ArrayList<>();
        for (ComputedColumn column : built.computed()) {
            try {
                sandbox.check(column.expression(), known);
            } catch (ExpressionException e) {
                refused.add(FieldError.of(column.path() + ".expression", e.messageKey(), e.args().toArray()));
            }
        }
        if (!refused.isEmpty()) {
            throw new ValidationException(refused);
        }
        List<ResultColumn> all = new ArrayList<>(built.columns());
        built.computed().forEach(c -> all.add(c.position(), c.column()));
        this.columns = List.copyOf(all);
    }

    /**
     * How an expression names a column: by its field, an aggregate as {@code <aggregate>_<field>}, a
     * count of records as {@code count}.
     */
    static String name(ResultColumn column) {
        if (column.aggregate() == null) {
            return column.field();
        }
        String aggregate = column.aggregate().name().toLowerCase(Locale.ROOT);
        return column.field() == null ? aggregate : aggregate + "_" + column.field();
    }

    public ReportQuery.Built built() {
        return built;
    }

    public List<ResultColumn> columns() {
        return columns;
    }

    /** @param values the query's values of one row, as the API gives them */
    public List<Object> row(Object[] values) {
        List<Object> row = new ArrayList<>(columns.size());
        for (Object value : values) {
            row.add(value);
        }
        if (built.computed().isEmpty()) {
            return row;
        }
        Map<String, Object> named = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            named.put(names.get(i), values[i]);
        }
        for (ComputedColumn column : built.computed()) {
            row.add(column.position(), evaluate(column.expression(), named));
        }
        return row;
    }

    private Object evaluate(String expression, Map<String, Object> values) {
        try {
            Object result = sandbox.evaluate(expression, values);
            return result instanceof BigDecimal number ? number.stripTrailingZeros() : result;
        } catch (ExpressionException failed) {
            return null;
        }
    }
}
