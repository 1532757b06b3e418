package org.peyvand.ui.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.report.ChartType;
import org.peyvand.platform.report.FilterOperator;
import org.peyvand.platform.report.ReportColumn;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportFilter;
import org.peyvand.platform.report.ReportType;
import org.peyvand.platform.report.ResultColumn;

/**
 * The records behind one row of a grouped result (a sub-total, a bar, a slice): the same report
 * without its groups, its filters kept and each group's value added as a condition, listing the
 * fields that name its records first, after their ids, and none of the records they point to. A date bucket becomes the range of its days, from its first day up to the
 * next bucket's first day; a group without a value finds the records that have none.
 */
public final class DrillDown {
    /** How many of the type's fields the list of records shows. */
    static final int SHOWN_FIELDS = 5;
    /** The field of a record's id, which the list keeps first to open the record, not to show it. */
    public static final String ID = "id";
    /** The fields the report kernel gives every record type. */
    private static final Set<String> SYSTEM_FIELDS = Set.of("owner", "ownerUnit", "createdAt", "updatedAt");

    private DrillDown() {
    }

    /**
     * @param columns the result's columns, the groups' first
     * @param row the row drilled into, as the result holds it
     */
    public static ReportDefinition of(ReportDefinition definition, ReportType type, List<ResultColumn> columns, List<Object> row) {
        List<ReportFilter> filters = new ArrayList<>(definition.filters());
        for (int i = 0; i < groups(definition, columns); i++) {
            filters.addAll(conditions(columns.get(i), row.get(i)));
        }
        List<ReportColumn> shown = new ArrayList<>();
        if (type.fields().stream().anyMatch(f -> f.name().equals(ID))) {
            shown.add(ReportColumn.of(ID));
        }
        type.fields().stream().filter(f -> !f.name().equals(ID) && !f.linked()).sorted(Comparator.comparingInt(DrillDown::rank)).limit(SHOWN_FIELDS)
                .forEach(f -> shown.add(ReportColumn.of(f.name())));
        return new ReportDefinition(null, null, definition.recordType(), List.of(), shown, filters, List.of(), ChartType.TABLE);
    }

    /** Texts first, which name a record (a person's names, a subject), then its other fields, the ones every record has last. */
    private static int rank(ReportType.Field field) {
        if (SYSTEM_FIELDS.contains(field.name())) {
            return 2;
        }
        return field.type() == FieldType.TEXT ? 0 : 1;
    }

    /**
     * How many of a result's columns hold its groups: in a grouped report, the leading ones naming
     * a field without aggregating it (a group whose field is gone has no column; a computed column
     * names no field).
     */
    public static int groups(ReportDefinition definition, List<ResultColumn> columns) {
        if (definition.groups().isEmpty()) {
            return 0;
        }
        return (int) columns.stream().takeWhile(c -> c.aggregate() == null && c.field() != null).count();
    }

    /** Whether a row of this result can be drilled into: it is grouped. */
    public static boolean possible(ReportDefinition definition, List<ResultColumn> columns) {
        return groups(definition, columns) > 0;
    }

    static List<ReportFilter> conditions(ResultColumn group, Object value) {
        String field = group.field();
        if (value == null) {
            return List.of(ReportFilter.of(field, FilterOperator.EMPTY));
        }
        if (group.bucket() != null && value instanceof LocalDate first) {
            return List.of(ReportFilter.of(field, FilterOperator.GREATER_OR_EQUAL, first.toString()),
                    ReportFilter.of(field, FilterOperator.LESS, group.bucket().next(first).toString()));
        }
        return List.of(ReportFilter.of(field, FilterOperator.EQUALS, text(value)));
    }

    /** A value as a filter reads it back: plain numbers, ISO days, {@code true} or {@code false}. */
    private static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return String.valueOf(value);
    }
}
