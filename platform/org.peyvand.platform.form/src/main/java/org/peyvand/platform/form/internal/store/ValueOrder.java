package org.peyvand.platform.form.internal.store;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.form.CustomSort;
import org.peyvand.platform.form.FieldType;

/** Ordering by one custom field, read from the index of the column its type is stored in. */
public final class ValueOrder implements CustomSort {
    private final String type;
    private final String field;
    private final FieldType.Storage storage;

    public ValueOrder(String type, String field, FieldType fieldType) {
        this.type = type;
        this.field = field;
        this.storage = fieldType == FieldType.COMPUTED ? FieldType.Storage.NUMBER : fieldType.storage();
    }

    @Override
    public String from(String alias) {
        // Derby would otherwise read another index and sort, or even probe this one from inside a join;
        // PostgreSQL reads these as comments
        return "--DERBY-PROPERTIES joinOrder=FIXED\nfrm_value " + alias + " --DERBY-PROPERTIES index="
                + ("frm_value_" + suffix() + "_ix").toUpperCase(Locale.ROOT) + "\n";
    }

    /**
     * Only fields holding one value sort (never a multi-select, and a type change stores the one
     * converted value), so every row is a record's value; no condition on seq, which the index
     * lacks, makes the read leave the index for each row.
     */
    @Override
    public List<String> where(String alias, Function<Object, String> bind) {
        return List.of(alias + ".record_type = " + bind.apply(type), alias + ".field = " + bind.apply(field));
    }

    @Override
    public String value(String alias) {
        return alias + "." + column();
    }

    @Override
    public String recordId(String alias) {
        return alias + ".record_id";
    }

    @Override
    public String absent(String idColumn, Function<Object, String> bind) {
        return "NOT EXISTS (SELECT 1 FROM frm_value nv WHERE nv.record_type = " + bind.apply(type) + " AND nv.field = " + bind.apply(field)
                + " AND nv.record_id = " + idColumn + ")";
    }

    @Override
    public String cursorValue(Object value) {
        return value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
    }

    @Override
    public Object fromCursor(String text) {
        try {
            return switch (storage) {
                case TEXT -> text;
                case NUMBER -> new BigDecimal(text);
                // the query hands times over as the instant of the stored wall-clock time
                case TIME -> Timestamp.from(Instant.parse(text));
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw ValidationException.of("cursor", "core.error.cursor");
        }
    }

    private String column() {
        return switch (storage) {
            case TEXT -> "key_text";
            case NUMBER -> "number_value";
            case TIME -> "time_value";
        };
    }

    private String suffix() {
        return switch (storage) {
            case TEXT -> "text";
            case NUMBER -> "number";
            case TIME -> "time";
        };
    }
}
