package org.peyvand.module.notes.internal;

import java.util.ArrayList;
import java.util.List;

import org.peyvand.platform.report.FilterOperator;
import org.peyvand.platform.report.ReportColumn;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportFilter;
import org.peyvand.platform.report.ReportService;
import org.peyvand.platform.report.ReportSort;
import org.peyvand.platform.security.Caller;

/**
 * The members of a dynamic list: what its filters find now, read through the report builder, so a
 * list's filters mean what they mean in a report (fields, operators, Jalali periods, search) and
 * the caller's record scope and field rules apply. Pages are keyset by record id.
 */
final class DynamicMembers {
    static final String ID = "id";

    private final ReportService reports;

    DynamicMembers(ReportService reports) {
        this.reports = reports;
    }

    /** Up to {@code limit} ids above {@code afterId}, ascending. */
    List<Long> ids(Caller caller, String recordType, List<ReportFilter> filters, long afterId, int limit) {
        List<ReportFilter> all = new ArrayList<>(filters);
        all.add(ReportFilter.of(ID, FilterOperator.GREATER, String.valueOf(afterId)));
        ReportDefinition definition = new ReportDefinition(null, null, recordType, List.of(), List.of(ReportColumn.of(ID)), all,
                List.of(new ReportSort(0, false)), null);
        return reports.run(caller, definition).rows().stream().limit(limit).map(row -> ((Number) row.get(0)).longValue()).toList();
    }

    long count(Caller caller, String recordType, List<ReportFilter> filters) {
        ReportDefinition definition = new ReportDefinition(null, null, recordType, List.of(), List.of(ReportColumn.count()), filters, List.of(), null);
        List<List<Object>> rows = reports.run(caller, definition).rows();
        return rows.isEmpty() || rows.get(0).get(0) == null ? 0 : ((Number) rows.get(0).get(0)).longValue();
    }
}
