package org.peyvand.platform.shell.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.report.Aggregate;
import org.peyvand.platform.report.DateBucket;
import org.peyvand.platform.report.FilterOperator;
import org.peyvand.platform.report.Period;
import org.peyvand.platform.report.ReportColumn;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportFilter;
import org.peyvand.platform.report.ReportGroup;
import org.peyvand.platform.report.ReportLibrary;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

/** The options that describe a report on the command line, shared by the commands that run and export one. */
abstract class ReportDefinitionAction extends CrmAction {

    @Reference(optional = true)
    ReportLibrary library;

    @Argument(index = 0, name = "report", description = "A saved report's key (see crm:report-list), whose filters the --filter options "
            + "narrow; or a record type, such as accounts.account", required = true)
    String report;

    @Option(name = "--group", aliases = "-g", description = "Group by a field, a date field with a bucket after a colon: createdAt:JALALI_MONTH",
            multiValued = true)
    List<String> groups = new ArrayList<>();

    @Option(name = "--column", aliases = "-c", description = "A column: count, or an aggregate and a field: sum:amount, avg:amount, "
            + "max:createdAt, distinct:owner; a bare field lists it", multiValued = true)
    List<String> columns = new ArrayList<>();

    @Option(name = "--filter", aliases = "-f", description = "A filter: field:operator:value, such as industry:EQUALS:پتروشیمی, "
            + "or a date field in a period: createdAt:IN_PERIOD:THIS_MONTH (LAST_DAYS:30 for the last 30 days)", multiValued = true)
    List<String> filters = new ArrayList<>();

    /**
     * The saved report the argument names, narrowed by the filters; else the report the options
     * describe over the record type, a count of the records when no column is given.
     */
    protected ReportDefinition definition(Caller caller) {
        List<ReportFilter> conditions = filters.stream().map(ReportDefinitionAction::filter).toList();
        return library.find(caller, report).map(saved -> saved.definition().narrowedBy(conditions)).orElseGet(() -> {
            List<ReportGroup> grouping = groups.stream().map(ReportDefinitionAction::group).toList();
            List<ReportColumn> shown = columns.isEmpty() ? List.of(ReportColumn.count())
                    : columns.stream().map(ReportDefinitionAction::column).toList();
            return new ReportDefinition(null, null, report, grouping, shown, conditions, List.of(), null);
        });
    }

    private static ReportGroup group(String text) {
        String[] parts = text.split(":", 2);
        return new ReportGroup(parts[0], parts.length > 1 ? named(DateBucket.class, parts[1], "group") : null);
    }

    private static ReportColumn column(String text) {
        String[] parts = text.split(":", 2);
        if (parts.length == 1) {
            return "count".equalsIgnoreCase(parts[0]) ? ReportColumn.count() : ReportColumn.of(parts[0]);
        }
        String aggregate = "distinct".equalsIgnoreCase(parts[0]) ? "COUNT_DISTINCT" : parts[0];
        return new ReportColumn(parts[1], named(Aggregate.class, aggregate, "column"));
    }

    private static ReportFilter filter(String text) {
        String[] parts = text.split(":", 3);
        if (parts.length < 2) {
            throw ValidationException.of("filter", "report.error.filterSyntax", text);
        }
        FilterOperator operator = named(FilterOperator.class, parts[1], "filter");
        if (operator == FilterOperator.IN_PERIOD) {
            String[] period = parts.length > 2 ? parts[2].split(":", 2) : new String[] {""};
            Period.Kind kind = named(Period.Kind.class, period[0], "filter");
            return ReportFilter.in(parts[0], new Period(kind, period.length > 1 ? days(period[1]) : null));
        }
        return new ReportFilter(parts[0], operator, parts.length > 2 ? List.of(parts[2].split(",")) : List.of(), null);
    }

    private static int days(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw ValidationException.of("filter", "core.error.invalidNumber");
        }
    }

    protected static <E extends Enum<E>> E named(Class<E> kind, String name, String field) {
        try {
            return Enum.valueOf(kind, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ValidationException.of(field, "report.error.unknownChoice", name);
        }
    }
}
