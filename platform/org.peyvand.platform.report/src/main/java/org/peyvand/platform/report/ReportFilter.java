package org.peyvand.platform.report;

import java.util.List;

/**
 * A condition on a field. Values are text as the field's kind reads it: numbers with Latin or
 * Persian digits, dates as ISO dates ({@code 2026-03-21}) or Jalali ones ({@code 1405/01/01}).
 *
 * @param period for {@link FilterOperator#IN_PERIOD} on a date field
 */
public record ReportFilter(String field, FilterOperator operator, List<String> values, Period period) {

    public ReportFilter {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public static ReportFilter of(String field, FilterOperator operator, String... values) {
        return new ReportFilter(field, operator, List.of(values), null);
    }

    public static ReportFilter in(String field, Period period) {
        return new ReportFilter(field, FilterOperator.IN_PERIOD, List.of(), period);
    }
}
