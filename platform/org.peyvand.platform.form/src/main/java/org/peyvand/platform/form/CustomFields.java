package org.peyvand.platform.form;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.security.Caller;

/**
 * The custom field values of records, for the modules that own the record types. A module checks
 * values with the rest of its input, before writing anything, and stores them in the same
 * transaction as its record; the kernel keeps them when the module is uninstalled.
 *
 * <p>Values travel as maps by field name in the canonical forms: String, Long (integers, money,
 * ids), BigDecimal, Boolean, LocalDate, Instant and List of String (multi-select).
 */
@ProviderType
public interface CustomFields {

    /** The record type's form as it stands, if a module ships one or an administrator designed one. */
    Optional<FormDefinition> form(String type);

    /** Every record type's form as it stands, for documentation such as the OpenAPI document. */
    List<FormDefinition> recordTypes();

    /** Every stand-alone form as it stands, for the screens that let people submit them. */
    List<FormDefinition> standAloneForms();

    /**
     * Checks the custom values of a new ({@code id == null}) or changed record. Fields missing from
     * {@code input} keep their stored values (or take their defaults on a new record); fields the
     * caller may not change must not differ from the stored ones.
     *
     * @param builtIn the record's own values, which conditions and computed fields may read
     * @throws org.peyvand.platform.core.error.ValidationException naming each field in error
     */
    CustomValues check(Caller caller, String type, Long id, Map<String, ?> input, Map<String, ?> builtIn);

    /** Stores checked values in the caller's transaction. */
    void store(String type, long id, CustomValues values);

    /**
     * Stores the checked values of many records in the caller's transaction, as {@link #store} does
     * each but written together in one batch; for imports.
     *
     * @param values by record id
     */
    void storeAll(String type, Map<Long, CustomValues> values);

    /** Drops the values of a deleted record. */
    void remove(String type, long id);

    /** The stored values of records the caller may see, less the fields the caller may not see. */
    Map<Long, Map<String, Object>> values(Caller caller, String type, Collection<Long> ids);

    /**
     * An SQL condition, for a module's list queries, that holds for the records of {@code type}
     * whose {@code field} holds {@code value} (for a multi-select: among its choices). It reads the
     * values' index, so filtering stays fast on large lists.
     *
     * @param idColumn the qualified id column of the module's query, such as {@code r.id}
     * @param bind     adds a parameter to the module's query and returns its placeholder
     * @throws org.peyvand.platform.core.error.ValidationException for an unknown or hidden field, or a value of the wrong type
     */
    String matching(Caller caller, String type, String field, String value, String idColumn, Function<Object, String> bind);

    /**
     * The records {@link #matching} holds for, as the rows of the values' index to drive a query
     * from, such as a count that visits every match: the range is read once instead of probing the
     * index for each record of the type. A record holds a value at most once (a multi-select's
     * choices are distinct), so each record appears once.
     *
     * @param alias the values' table alias in the module's query
     * @param bind  adds a parameter to the module's query and returns its placeholder
     * @throws org.peyvand.platform.core.error.ValidationException as {@link #matching} does
     */
    CustomMatch matchingRows(Caller caller, String type, String field, String value, String alias, Function<Object, String> bind);

    /**
     * How to order a list of {@code type} by {@code field}. Fields of every type but long text,
     * multi-select, files and images sort; texts sort by their normal form.
     *
     * @throws org.peyvand.platform.core.error.ValidationException on {@code sort} for a field that is unknown, hidden or unsortable
     */
    CustomSort sort(Caller caller, String type, String field);

    /** The text values of a record, for the module's search tokens. */
    List<String> searchableText(CustomValues values);
}
