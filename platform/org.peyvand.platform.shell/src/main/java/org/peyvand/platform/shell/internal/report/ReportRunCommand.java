package org.peyvand.platform.shell.internal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.report.Aggregate;
import org.peyvand.platform.report.DateBucket;
import org.peyvand.platform.report.FilterOperator;
import org.peyvand.platform.report.Period;
import org.peyvand.platform.report.ReportColumn;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportFilter;
import org.peyvand.platform.report.ReportGroup;
import org.peyvand.platform.report.ReportResult;
import org.peyvand.platform.report.ReportService;
import org.peyvand.platform.report.ResultColumn;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "report-run", description = "Runs a report over a record type and prints its rows")
@Service
public class ReportRunCommand extends CrmAction {

    @Reference(optional = true)
    ReportService reports;

    @Argument(index = 0, name = "type", description = "Record type, such as accounts.account", required = true)
    String type;

    @Option(name = "--group", aliases = "-g", description = "Group by a field, a date field with a bucket after a colon: createdAt:JALALI_MONTH",
            multiValued = true)
    List<String> groups = new ArrayList<>();

    @Option(name = "--column", aliases = "-c", description = "A column: count, or an aggregate and a field: sum:amount, avg:amount, "
            + "max:createdAt, distinct:owner; a bare field lists it", multiValued = true)
    List<String> columns = new ArrayList<>();

    @Option(name = "--filter", aliases = "-f", description = "A filter: field:operator:value, such as industry:EQUALS:پتروشیمی, "
            + "or a date field in a period: createdAt:IN_PERIOD:THIS_MONTH (LAST_DAYS:30 for the last 30 days)", multiValued = true)
    List<String> filters = new ArrayList<>();

    @Override
    protected void run(Caller caller, Messages messages) {
        List<ReportGroup> grouping = groups.stream().map(ReportRunCommand::group).toList();
        List<ReportColumn> shown = columns.isEmpty() ? List.of(ReportColumn.count()) : columns.stream().map(ReportRunCommand::column).toList();
        List<ReportFilter> conditions = filters.stream().map(ReportRunCommand::filter).toList();
        ReportResult result = reports.run(caller, new ReportDefinition(null, null, type, grouping, shown, conditions, List.of(), null));
        ShellTable table = new ShellTable();
        String language = messages.locale().getLanguage();
        for (ResultColumn column : result.columns()) {
            String label = "fa".equals(language) ? column.label().fa() : column.label().en();
            table.column(column.aggregate() == null || column.field() == null ? label
                    : column.aggregate().name().toLowerCase(Locale.ROOT) + " " + label);
        }
        for (List<Object> row : result.rows()) {
            table.addRow().addContent(row.stream().map(cell -> text(cell, language)).toArray());
        }
        table.print(System.out);
        if (result.truncated()) {
            System.out.println(messages.get("report.shell.truncated", result.rows().size()));
        }
        if (!result.missingFields().isEmpty()) {
            System.out.println(messages.get("report.shell.missing", String.join(", ", result.missingFields())));
        }
    }

    private static String text(Object cell, String language) {
        if (cell == null) {
            return "";
        }
        return cell instanceof LocalDate day && "fa".equals(language) ? JalaliDate.from(day).toString() : cell.toString();
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

    private static <E extends Enum<E>> E named(Class<E> kind, String name, String field) {
        try {
            return Enum.valueOf(kind, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ValidationException.of(field, "report.error.unknownChoice", name);
        }
    }
}
