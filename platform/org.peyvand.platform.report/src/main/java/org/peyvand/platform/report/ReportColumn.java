package org.peyvand.platform.report;

import org.peyvand.platform.form.LocalizedText;

/**
 * A column of a report: a field as it is, an aggregate of it over each group ({@code COUNT} needs
 * no field), or an expression computed from the other columns of each row, such as
 * {@code sum_amount / count}. An expression names a column by its field, an aggregate one as
 * {@code <aggregate>_<field>} in lower case ({@code avg_amount}, {@code count_distinct_owner}), and a
 * count of records as {@code count}; it runs in the same sandbox as computed form fields.
 *
 * @param expression for a computed column, which then has a {@code label} and neither field nor aggregate
 */
public record ReportColumn(String field, Aggregate aggregate, String expression, LocalizedText label) {

    public ReportColumn(String field, Aggregate aggregate) {
        this(field, aggregate, null, null);
    }

    public static ReportColumn of(String field) {
        return new ReportColumn(field, null);
    }

    public static ReportColumn count() {
        return new ReportColumn(null, Aggregate.COUNT);
    }

    public static ReportColumn computed(String expression, LocalizedText label) {
        return new ReportColumn(null, null, expression, label);
    }

    public boolean aggregated() {
        return aggregate != null;
    }

    public boolean computed() {
        return expression != null;
    }
}
