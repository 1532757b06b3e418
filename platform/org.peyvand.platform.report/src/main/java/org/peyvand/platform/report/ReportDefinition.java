package org.peyvand.platform.report;

import java.util.ArrayList;
import java.util.List;

import org.peyvand.platform.form.LocalizedText;

/**
 * What a report shows: over which record type, grouped how, which columns and aggregates, which
 * records, in which order, drawn how. Without groups it lists records; with groups every column
 * is an aggregate and each row is a group, its sub-total.
 *
 * @param key {@code <module>.<name>} for a module's report, {@code report.<name>} for one a user saved
 */
public record ReportDefinition(String key, LocalizedText title, String recordType, List<ReportGroup> groups, List<ReportColumn> columns,
        List<ReportFilter> filters, List<ReportSort> sorts, ChartType chart) {

    public ReportDefinition {
        groups = groups == null ? List.of() : List.copyOf(groups);
        columns = columns == null ? List.of() : List.copyOf(columns);
        filters = filters == null ? List.of() : List.copyOf(filters);
        sorts = sorts == null ? List.of() : List.copyOf(sorts);
        chart = chart == null ? ChartType.TABLE : chart;
    }

    /** The same report over only the records that also meet {@code more}: a drill-down, or a saved report run with parameters. */
    public ReportDefinition narrowedBy(List<ReportFilter> more) {
        List<ReportFilter> all = new ArrayList<>(filters);
        all.addAll(more == null ? List.of() : more);
        return new ReportDefinition(key, title, recordType, groups, columns, all, sorts, chart);
    }
}
