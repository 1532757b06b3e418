package org.peyvand.platform.report;

import java.util.List;

/**
 * A report's rows, as one query over the database returned them, with the groups' columns first.
 *
 * @param truncated more rows matched than a result holds; narrow the report or export it
 * @param missingFields fields the definition names that no longer exist or the caller may not see: the report ran without them
 */
public record ReportResult(List<ResultColumn> columns, List<List<Object>> rows, boolean truncated, List<String> missingFields) {

    public ReportResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        missingFields = List.copyOf(missingFields);
    }
}
