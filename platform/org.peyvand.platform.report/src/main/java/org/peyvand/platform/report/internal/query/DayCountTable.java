package org.peyvand.platform.report.internal.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.peyvand.platform.form.RecordDayCounts;
import org.peyvand.platform.report.Aggregate;
import org.peyvand.platform.report.FilterOperator;
import org.peyvand.platform.report.ReportColumn;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportFilter;
import org.peyvand.platform.report.ReportGroup;

/**
 * The form kernel's daily counts standing in for a designed type's records, when a report only
 * counts them by owner, unit and one date field: a year of ten million records is then a few
 * thousand rows. The result is the same as counting the records, which this class makes sure of
 * by what it accepts:
 * <ul>
 * <li>columns that count records (or compute from other columns), no other aggregate;</li>
 * <li>groups and filters on the owner, the unit and one counted date field, all of which the caller
 * may use (or the records' query names what is missing);</li>
 * <li>a date field other than the creation day only with a filter that leaves out records without
 * it, as the counts hold no row for those.</li>
 * </ul>
 */
public final class DayCountTable {
    private static final String ALIAS = "s";
    private static final String OWNER = "owner";
    private static final String UNIT = "ownerUnit";

    private DayCountTable() {
    }

    /** The counts to read instead of {@code records}, if they answer the definition. */
    public static Optional<RecordTable> standIn(ReportDefinition definition, RecordTable records, RecordDayCounts counts) {
        if (!RecordTables.DESIGNED_TABLE.equals(records.table()) || !countsOnly(definition.columns())) {
            return Optional.empty();
        }
        Set<String> named = new LinkedHashSet<>();
        definition.groups().stream().map(ReportGroup::field).forEach(named::add);
        definition.filters().stream().map(ReportFilter::field).forEach(named::add);
        String date = null;
        for (String name : named) {
            Optional<QueryField> field = records.field(name);
            if (field.isEmpty()) {
                return Optional.empty();
            }
            if (name.equals(OWNER) || name.equals(UNIT)) {
                continue;
            }
            if (!field.get().temporal() || date != null || !counts.counts(records.recordType(), name)) {
                return Optional.empty();
            }
            date = name;
        }
        if (date == null) {
            date = RecordDayCounts.CREATED;
        } else if (!date.equals(RecordDayCounts.CREATED) && !leavesOutUndated(definition.filters(), date)) {
            return Optional.empty();
        }
        return Optional.of(table(records, date));
    }

    private static boolean countsOnly(List<ReportColumn> columns) {
        return columns.stream().anyMatch(c -> !c.computed())
                && columns.stream().allMatch(c -> c.computed() || c.aggregate() == Aggregate.COUNT && c.field() == null);
    }

    /** Whether a filter on the date keeps only records that have one: any but "is empty". */
    private static boolean leavesOutUndated(List<ReportFilter> filters, String date) {
        return filters.stream().anyMatch(f -> date.equals(f.field()) && f.operator() != null && f.operator() != FilterOperator.EMPTY);
    }

    private static RecordTable table(RecordTable records, String date) {
        Map<String, QueryField> fields = new LinkedHashMap<>();
        List<QueryField> kept = new ArrayList<>();
        records.field(OWNER).ifPresent(kept::add);
        records.field(UNIT).ifPresent(kept::add);
        records.field(date).ifPresent(kept::add);
        for (QueryField field : kept) {
            String column = field.temporal() ? "day" : field.name().equals(OWNER) ? "owner" : "owner_unit_id";
            fields.put(field.name(), new QueryField(field.name(), field.label(), field.type(), ALIAS + "." + column,
                    field.temporal() ? Storage.DAY : field.storage(), null));
        }
        return new RecordTable(records.recordType(), RecordDayCounts.TABLE, ALIAS, "day", "owner", "owner_unit_id", "record_type", date,
                fields, null);
    }
}
