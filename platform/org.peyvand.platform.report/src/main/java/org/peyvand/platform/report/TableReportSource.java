package org.peyvand.platform.report;

import java.util.Map;
import java.util.Optional;

/**
 * A record type kept in one table of its module's, with its owner in {@code owner} and
 * {@code owner_unit_id} and its times in {@code created_at} and {@code updated_at}: the source a
 * module registers names the table, the read permission and the column of each built-in field.
 */
public abstract class TableReportSource implements ReportSource {
    private final String table;
    private final String permission;
    private final Map<String, String> columns;

    /** @param columns the column of each built-in field reports may use, by field name */
    protected TableReportSource(String table, String permission, Map<String, String> columns) {
        this.table = table;
        this.permission = permission;
        this.columns = Map.copyOf(columns);
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public String ownerColumn() {
        return "owner";
    }

    @Override
    public String unitColumn() {
        return "owner_unit_id";
    }

    @Override
    public String permission() {
        return permission;
    }

    @Override
    public Optional<String> column(String field) {
        return Optional.ofNullable(columns.get(field));
    }
}
