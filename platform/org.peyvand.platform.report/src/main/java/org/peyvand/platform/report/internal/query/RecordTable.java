package org.peyvand.platform.report.internal.query;

import java.util.Map;
import java.util.Optional;

/**
 * A record type as reports read it: its table, the columns the caller's scope narrows by, and the
 * fields the caller may use, by name.
 *
 * @param typeColumn for tables holding several types (designed records): the column naming the type
 */
public record RecordTable(String recordType, String table, String alias, String idColumn, String ownerColumn, String unitColumn,
        String typeColumn, Map<String, QueryField> fields) {

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
}
