package org.peyvand.platform.form;

import java.util.List;
import java.util.function.Function;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A list ordered by a custom field, as SQL pieces for a module's list query. The records holding a
 * value are read from the values' index in order; the records without one come after them, in id
 * order. A cursor carries the last value as text ({@link #cursorValue}, {@link #fromCursor}).
 */
@ProviderType
public interface CustomSort {

    /** The values' table under {@code alias}, with the index that reads it in order. */
    String from(String alias);

    /** The conditions that keep the field's values of the records of the type, one per record. */
    List<String> where(String alias, Function<Object, String> bind);

    /** The column holding the value, under {@code alias}. */
    String value(String alias);

    /** The record id column, under {@code alias}. */
    String recordId(String alias);

    /** The condition that a record (its id in {@code idColumn}) holds no value. */
    String absent(String idColumn, Function<Object, String> bind);

    /** A value as read by the query (a java.time.Instant for times), as cursor text. */
    String cursorValue(Object value);

    /** A cursor's text as a query parameter for {@link #value}. */
    Object fromCursor(String text);
}
