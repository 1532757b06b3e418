package org.peyvand.module.accounts.internal.reports;

import java.util.Map;
import java.util.Optional;

import org.peyvand.platform.report.ReportSource;

/** A record type kept in one table of the module's, with its owner in {@code owner} and {@code owner_unit_id}. */
abstract class TableSource implements ReportSource {
    private final String table;
    private final String permission;
    private final Map<String, String> columns;

    TableSource(String table, String permission, Map<String, String> columns) {
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
