package org.peyvand.platform.report;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where reports read the records of one type a module keeps in its own table, registered by that
 * module with the service property {@value #TYPE}. The type's fields, their labels and kinds come
 * from its form (the form kernel); the source only says which column holds each built-in field.
 * Custom fields need nothing here: the report kernel reads them where the form kernel keeps them.
 * Designed record types need no source at all.
 */
@ConsumerType
public interface ReportSource {
    String TYPE = "crm.report.type";

    /** The table of the records, such as {@code acc_account}. */
    String table();

    /** The column of the record's id, a number. */
    default String idColumn() {
        return "id";
    }

    /** The columns the caller's record scope narrows by: the owner's username and unit id. */
    String ownerColumn();

    String unitColumn();

    /** The columns of when a record was created and last changed, Instants the module's entity writes. */
    default String createdColumn() {
        return "created_at";
    }

    default String updatedColumn() {
        return "updated_at";
    }

    /** The permission to read the records, which reports over the type need too. */
    String permission();

    /**
     * The column of a built-in field of the form; empty for one kept elsewhere (a list of phones,
     * say), which reports cannot use.
     */
    Optional<String> column(String field);

    /**
     * Where the type keeps the words its records are found by, which {@link FilterOperator#SEARCH}
     * reads; empty for a type without, which cannot be searched.
     */
    default Optional<TokenTable> tokens() {
        return Optional.empty();
    }

    /**
     * A table of search tokens: a row per record and word, written with
     * {@link org.peyvand.platform.core.text.SearchWords}, with an index that starts with the record's
     * id and the token (or the token and the id) so a search probes it per record.
     *
     * @param recordIdColumn the column of the record's id, as {@link #idColumn()} holds it
     */
    record TokenTable(String table, String recordIdColumn, String tokenColumn) {
    }
}
