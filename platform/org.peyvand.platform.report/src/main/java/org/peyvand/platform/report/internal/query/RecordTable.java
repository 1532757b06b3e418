package org.peyvand.platform.report.internal.query;

import java.util.Map;
import java.util.Optional;

import org.peyvand.platform.report.ReportSource;

/**
 * A record type as reports read it: its table, the columns the caller's scope narrows by, and the
 * fields the caller may use, by name.
 *
 * @param typeColumn for tables holding several types (designed records): the column naming the type
 * @param countedBy for a table of daily counts standing in for the records: the field they are counted by; null for records
 * @param tokens where the type's search tokens are kept; null for a type that cannot be searched
 */
public record RecordTable(String recordType, String table, String alias, String idColumn, String ownerColumn, String unitColumn,
        String typeColumn, String countedBy, Map<String, QueryField> fields, ReportSource.TokenTable tokens) {

    /** The alias of the table a report reads; the tables of lookups' records get others. */
    public static final String ALIAS = "b";

    public RecordTable {
        fields = Map.copyOf(fields);
    }

    public Optional<QueryField> field(String name) {
        return Optional.ofNullable(name).map(fields::get);
    }

    public String column(String name) {
        return alias + "." + name;
    }

    /** The number of records the rows read stand for. */
    public String countAll() {
        return countedBy == null ? "COUNT(*)" : "COALESCE(SUM(" + column("records") + "), 0)";
    }
}
