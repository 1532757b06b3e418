package org.peyvand.platform.report.internal.query;

import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.LocalizedText;

/**
 * A field a report may use, resolved to the SQL expression that reads it.
 *
 * @param expression e.g. {@code b.created_at} or {@code c2.number_value}
 * @param join the join that brings the expression's table in, or {@code null} for the record's own table
 */
public record QueryField(String name, LocalizedText label, FieldType type, String expression, Storage storage, Join join) {

    /** A custom field's values, joined by the field's name; {@code alias} is unique within the query. */
    public record Join(String alias, String recordType, String field) {
    }

    public boolean temporal() {
        return storage == Storage.SERVER_TIME || storage == Storage.UTC_TIME || storage == Storage.DAY;
    }

    public boolean numeric() {
        return type.storage() == FieldType.Storage.NUMBER && type != FieldType.LOOKUP && type != FieldType.ORG_UNIT
                && type != FieldType.FILE && type != FieldType.IMAGE;
    }
}
