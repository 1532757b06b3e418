package org.peyvand.platform.report.internal.query;

import java.util.List;

import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.LocalizedText;

/**
 * A field a report may use, resolved to the SQL expression that reads it.
 *
 * @param name e.g. {@code stage}, or {@code accountId.industry} for a field of the record a lookup points to
 * @param expression e.g. {@code b.created_at} or {@code bc2.number_value}
 * @param join the join that brings the expression's table in, or {@code null} for the record's own table
 */
public record QueryField(String name, LocalizedText label, FieldType type, String expression, Storage storage, Join join) {

    /**
     * A table the expression reads besides the record's own: a custom field's values, or the record
     * a lookup points to.
     *
     * @param alias unique within the query
     * @param sql the join, with {@code ?} for each of {@code parameters}
     * @param after the join this one reads from, brought in first; {@code null} for the record's own table
     */
    public record Join(String alias, String sql, List<Object> parameters, Join after) {
        public Join {
            parameters = List.copyOf(parameters);
        }

        /** The same join, read from {@code first} when it reads from the record's own table. */
        Join after(Join first) {
            return new Join(alias, sql, parameters, after == null ? first : after.after(first));
        }
    }

    public boolean temporal() {
        return storage == Storage.SERVER_TIME || storage == Storage.UTC_TIME || storage == Storage.DAY;
    }

    public boolean numeric() {
        return type.storage() == FieldType.Storage.NUMBER && type != FieldType.LOOKUP && type != FieldType.ORG_UNIT
                && type != FieldType.FILE && type != FieldType.IMAGE;
    }
}
