package org.peyvand.ui.report.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.report.Aggregate;
import org.peyvand.platform.report.ReportResult;
import org.peyvand.platform.report.ResultColumn;
import org.peyvand.ui.kit.FieldDisplay;

/**
 * A result's cells as the user reads them: a date bucket by its name ("فروردین ۱۴۰۵", "Q1 1405",
 * "Week of ..."), colleagues and units by their names, numbers and dates in the user's digits and
 * calendar, a group without a value as "(empty)".
 */
public final class ResultText {
    private final Messages messages;
    private final DisplayFormat format;
    /** Whether the result is grouped: a group without a value reads "(empty)", an empty field of a record nothing. */
    private final boolean grouped;
    /** Names by lookup type ({@link RecordLookups#USERS}, {@link RecordLookups#ORG_UNITS}) and key. */
    private final Map<String, Map<String, String>> names;

    private ResultText(Messages messages, DisplayFormat format, boolean grouped, Map<String, Map<String, String>> names) {
        this.messages = messages;
        this.format = format;
        this.grouped = grouped;
        this.names = names;
    }

    /**
     * @param grouped whether the result's rows are groups rather than records
     * @param namer the names of the given keys of a lookup type, asked once per type for the whole
     *              result (a key it cannot name is shown as it is)
     */
    public static ResultText of(ReportResult result, boolean grouped, Messages messages, DisplayFormat format,
            BiFunction<String, Set<String>, Map<String, String>> namer) {
        Map<String, Map<String, String>> names = new HashMap<>();
        for (int i = 0; i < result.columns().size(); i++) {
            String type = lookupType(result.columns().get(i));
            if (type != null) {
                int column = i;
                Set<String> keys = result.rows().stream().map(r -> r.get(column)).filter(Objects::nonNull).map(String::valueOf)
                        .collect(Collectors.toSet());
                if (!keys.isEmpty()) {
                    names.computeIfAbsent(type, t -> new HashMap<>()).putAll(namer.apply(type, keys));
                }
            }
        }
        return new ResultText(messages, format, grouped, names);
    }

    public String cell(ResultColumn column, Object value) {
        if (value == null) {
            return grouped && column.aggregate() == null ? messages.get("report.ui.noValue") : "";
        }
        if (column.bucket() != null && value instanceof LocalDate first) {
            return column.bucket().label(first, messages, format);
        }
        String type = lookupType(column);
        if (type != null) {
            String name = names.getOrDefault(type, Map.of()).get(String.valueOf(value));
            if (name != null) {
                return name;
            }
        }
        FieldDefinition field = FieldDefinition.of(column.field() == null ? "count" : column.field(), column.type(), column.label());
        return FieldDisplay.text(field, value, messages, format);
    }

    /** The row's cells, each as {@link #cell} shows it. */
    public List<String> row(List<ResultColumn> columns, List<Object> row) {
        return IntStream.range(0, columns.size()).mapToObj(i -> cell(columns.get(i), row.get(i))).toList();
    }

    /** A column's heading: its field's label, with the aggregate or the bucket it shows. */
    public String heading(ResultColumn column) {
        String label = column.label() == null ? "" : column.label().in(messages.locale().getLanguage());
        if (column.aggregate() != null && column.field() != null) {
            return messages.get("report.ui.heading.aggregate", messages.get("report.ui.aggregate." + column.aggregate().name()), label);
        }
        if (column.bucket() != null) {
            return messages.get("report.ui.heading.bucket", label, messages.get("report.bucket." + column.bucket().name()));
        }
        return label;
    }

    /** The lookup type whose names a column shows: colleagues and units, unless the column counts them. */
    private static String lookupType(ResultColumn column) {
        boolean counted = column.aggregate() != null && column.aggregate() != Aggregate.MIN
                && column.aggregate() != Aggregate.MAX;
        if (counted) {
            return null;
        }
        if (column.type() == FieldType.USER) {
            return RecordLookups.USERS;
        }
        return column.type() == FieldType.ORG_UNIT ? RecordLookups.ORG_UNITS : null;
    }
}
