package org.peyvand.platform.report.internal.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.report.ReportSource;
import org.peyvand.platform.report.ReportType;
import org.peyvand.platform.security.FieldAccess;

/**
 * Resolves a record type's fields to the SQL that reads them: built-in fields from the columns its
 * module's source names, custom fields (and every field of a designed type) from the form kernel's
 * values, and the fields every record has: who owns it, their unit, when it was created and changed.
 * Fields the caller may not see are left out, so no report can show, group or filter by them.
 */
public final class RecordTables {
    /** The records of designed types and the submissions of stand-alone forms, kept by the form kernel. */
    public static final String DESIGNED_TABLE = "frm_record";
    /** The words designed records are found by, kept by the form kernel. */
    static final ReportSource.TokenTable DESIGNED_TOKENS = new ReportSource.TokenTable("frm_record_token", "record_id", "token");
    private static final LocalizedText ID = LocalizedText.of("شناسه", "Id");
    private static final LocalizedText OWNER = LocalizedText.of("مسئول", "Owner");
    private static final LocalizedText UNIT = LocalizedText.of("واحد سازمانی", "Org unit");
    private static final LocalizedText CREATED = LocalizedText.of("زمان ایجاد", "Created");
    private static final LocalizedText UPDATED = LocalizedText.of("آخرین تغییر", "Last changed");

    private RecordTables() {
    }

    /** Whether the form kernel keeps the type's records itself. */
    public static boolean designed(FormDefinition form) {
        return form.module() == null && form.key().startsWith("custom.") && form.kind() == FormKind.RECORD_TYPE
                || form.kind() == FormKind.STANDALONE;
    }

    /** A module's record type, read through its source, its table known by {@code alias}. */
    public static RecordTable of(FormDefinition form, ReportSource source, FieldAccess access, String alias) {
        Map<String, QueryField> fields = new LinkedHashMap<>();
        String id = alias + "." + source.idColumn();
        for (FieldDefinition field : form.activeFields()) {
            if (!access.visible(field.name()) || field.type() == FieldType.MULTI_SELECT) {
                continue;
            }
            if (field.custom()) {
                fields.put(field.name(), custom(form.key(), field, alias + "c" + fields.size(), id));
            } else {
                Optional<String> column = source.column(field.name());
                column.ifPresent(c -> fields.put(field.name(), new QueryField(field.name(), field.label(), field.type(),
                        alias + "." + c, storage(field.type(), false), null)));
            }
        }
        system(fields, access, alias, source.idColumn(), source.ownerColumn(), source.unitColumn(), source.createdColumn(),
                source.updatedColumn());
        return new RecordTable(form.key(), source.table(), alias, source.idColumn(), source.ownerColumn(), source.unitColumn(), null, null, fields,
                source.tokens().orElse(null));
    }

    /** A designed type or a stand-alone form: all its fields are the form kernel's values. */
    public static RecordTable designed(FormDefinition form, FieldAccess access, String alias) {
        Map<String, QueryField> fields = new LinkedHashMap<>();
        for (FieldDefinition field : form.activeFields()) {
            if (access.visible(field.name()) && field.type() != FieldType.MULTI_SELECT) {
                fields.put(field.name(), custom(form.key(), field, alias + "c" + fields.size(), alias + ".id"));
            }
        }
        system(fields, access, alias, "id", "owner", "owner_unit_id", "created_at", "updated_at");
        return new RecordTable(form.key(), DESIGNED_TABLE, alias, "id", "owner", "owner_unit_id", "record_type", null, fields, DESIGNED_TOKENS);
    }

    /**
     * The table with the fields of the records its lookup {@code lookup} points to, named
     * {@code lookup.field} and labelled "lookup › field". They are read through a left join within
     * {@code scope}, the caller's record scope of the target type, so a record the caller may not
     * see leaves them empty rather than hiding the record that points to it.
     */
    public static RecordTable withRelated(RecordTable table, QueryField lookup, RecordTable target, String scope, List<Object> scopeParameters) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder(" LEFT JOIN ").append(target.table()).append(' ').append(target.alias()).append(" ON ")
                .append(target.column(target.idColumn())).append(" = ").append(lookup.expression());
        if (target.typeColumn() != null) {
            sql.append(" AND ").append(target.column(target.typeColumn())).append(" = ?");
            parameters.add(target.recordType());
        }
        if (scope != null) {
            sql.append(" AND ").append(scope);
            parameters.addAll(scopeParameters);
        }
        QueryField.Join record = new QueryField.Join(target.alias(), sql.toString(), parameters, lookup.join());
        Map<String, QueryField> fields = new LinkedHashMap<>(table.fields());
        target.fields().values().stream().filter(field -> !field.name().equals("id")).forEach(field -> {
            String name = lookup.name() + ReportType.Field.LINK + field.name();
            LocalizedText label = LocalizedText.of(lookup.label().in("fa") + " › " + field.label().in("fa"),
                    lookup.label().in("en") + " › " + field.label().in("en"));
            QueryField.Join join = field.join() == null ? record : field.join().after(record);
            fields.put(name, new QueryField(name, label, field.type(), field.expression(), field.storage(), join));
        });
        return new RecordTable(table.recordType(), table.table(), table.alias(), table.idColumn(), table.ownerColumn(), table.unitColumn(),
                table.typeColumn(), table.countedBy(), fields, table.tokens());
    }

    /** A custom field's values of the record whose id {@code recordId} reads. */
    private static QueryField custom(String type, FieldDefinition field, String alias, String recordId) {
        String column = switch (field.type().storage()) {
            case TEXT -> "text_value";
            case NUMBER -> "number_value";
            case TIME -> "time_value";
        };
        String sql = " LEFT JOIN frm_value " + alias + " ON " + alias + ".record_type = ? AND " + alias + ".record_id = " + recordId
                + " AND " + alias + ".field = ? AND " + alias + ".seq = 0";
        return new QueryField(field.name(), field.label(), field.type(), alias + "." + column, storage(field.type(), true),
                new QueryField.Join(alias, sql, List.of(type, field.name()), null));
    }

    private static Storage storage(FieldType type, boolean custom) {
        return switch (type) {
            case DATE -> Storage.DAY;
            case DATE_TIME -> custom ? Storage.UTC_TIME : Storage.SERVER_TIME;
            default -> Storage.VALUE;
        };
    }

    /**
     * The fields every record has, unless the form names them itself (an account's owner is a form
     * field); the id lets a list of records open each one.
     */
    private static void system(Map<String, QueryField> fields, FieldAccess access, String alias, String id, String owner, String unit,
            String created, String updated) {
        put(fields, access, new QueryField("id", ID, FieldType.INTEGER, alias + "." + id, Storage.VALUE, null));
        put(fields, access, new QueryField("owner", OWNER, FieldType.USER, alias + "." + owner, Storage.VALUE, null));
        put(fields, access, new QueryField("ownerUnit", UNIT, FieldType.ORG_UNIT, alias + "." + unit, Storage.VALUE, null));
        put(fields, access, new QueryField("createdAt", CREATED, FieldType.DATE_TIME, alias + "." + created, Storage.SERVER_TIME, null));
        put(fields, access, new QueryField("updatedAt", UPDATED, FieldType.DATE_TIME, alias + "." + updated, Storage.SERVER_TIME, null));
    }

    private static void put(Map<String, QueryField> fields, FieldAccess access, QueryField field) {
        if (access.visible(field.name())) {
            fields.putIfAbsent(field.name(), field);
        }
    }
}
