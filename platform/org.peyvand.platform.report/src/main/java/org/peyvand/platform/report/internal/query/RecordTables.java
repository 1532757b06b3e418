package org.peyvand.platform.report.internal.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.report.ReportSource;
import org.peyvand.platform.security.FieldAccess;

/**
 * Resolves a record type's fields to the SQL that reads them: built-in fields from the columns its
 * module's source names, custom fields (and every field of a designed type) from the form kernel's
 * values, and the fields every record has: who owns it, their unit, when it was created and changed.
 * Fields the caller may not see are left out, so no report can show, group or filter by them.
 */
public final class RecordTables {
    /** The records of designed types and the submissions of stand-alone forms, kept by the form kernel. */
    static final String DESIGNED_TABLE = "frm_record";
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

    /** A module's record type, read through its source. */
    public static RecordTable of(FormDefinition form, ReportSource source, FieldAccess access) {
        Map<String, QueryField> fields = new LinkedHashMap<>();
        int joins = 0;
        for (FieldDefinition field : form.activeFields()) {
            if (!access.visible(field.name()) || field.type() == FieldType.MULTI_SELECT) {
                continue;
            }
            if (field.custom()) {
                fields.put(field.name(), custom(form.key(), field, "c" + joins++));
            } else {
                Optional<String> column = source.column(field.name());
                column.ifPresent(c -> fields.put(field.name(), new QueryField(field.name(), field.label(), field.type(),
                        RecordTable.ALIAS + "." + c, storage(field.type(), false), null)));
            }
        }
        system(fields, access, source.idColumn(), source.ownerColumn(), source.unitColumn(), source.createdColumn(), source.updatedColumn());
        return new RecordTable(form.key(), source.table(), source.idColumn(), source.ownerColumn(), source.unitColumn(), null, fields);
    }

    /** A designed type or a stand-alone form: all its fields are the form kernel's values. */
    public static RecordTable designed(FormDefinition form, FieldAccess access) {
        Map<String, QueryField> fields = new LinkedHashMap<>();
        int joins = 0;
        for (FieldDefinition field : form.activeFields()) {
            if (access.visible(field.name()) && field.type() != FieldType.MULTI_SELECT) {
                fields.put(field.name(), custom(form.key(), field, "c" + joins++));
            }
        }
        system(fields, access, "id", "owner", "owner_unit_id", "created_at", "updated_at");
        return new RecordTable(form.key(), DESIGNED_TABLE, "id", "owner", "owner_unit_id", "record_type", fields);
    }

    private static QueryField custom(String type, FieldDefinition field, String alias) {
        String column = switch (field.type().storage()) {
            case TEXT -> "text_value";
            case NUMBER -> "number_value";
            case TIME -> "time_value";
        };
        return new QueryField(field.name(), field.label(), field.type(), alias + "." + column, storage(field.type(), true),
                new QueryField.Join(alias, type, field.name()));
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
    private static void system(Map<String, QueryField> fields, FieldAccess access, String id, String owner, String unit, String created,
            String updated) {
        put(fields, access, new QueryField("id", ID, FieldType.INTEGER, RecordTable.ALIAS + "." + id, Storage.VALUE, null));
        put(fields, access, new QueryField("owner", OWNER, FieldType.USER, RecordTable.ALIAS + "." + owner, Storage.VALUE, null));
        put(fields, access, new QueryField("ownerUnit", UNIT, FieldType.ORG_UNIT, RecordTable.ALIAS + "." + unit, Storage.VALUE, null));
        put(fields, access, new QueryField("createdAt", CREATED, FieldType.DATE_TIME, RecordTable.ALIAS + "." + created, Storage.SERVER_TIME, null));
        put(fields, access, new QueryField("updatedAt", UPDATED, FieldType.DATE_TIME, RecordTable.ALIAS + "." + updated, Storage.SERVER_TIME, null));
    }

    private static void put(Map<String, QueryField> fields, FieldAccess access, QueryField field) {
        if (access.visible(field.name())) {
            fields.putIfAbsent(field.name(), field);
        }
    }
}
