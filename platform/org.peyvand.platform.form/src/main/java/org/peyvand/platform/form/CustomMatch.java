package org.peyvand.platform.form;

import java.util.List;

/**
 * The records of a type holding a value in a custom field, as a table for a module's query to be
 * driven from: a range of the values' index, one row per matching record.
 *
 * @param from       the values' table under its alias, with the index that reads the range
 * @param where      the conditions that make the range
 * @param recordId   the record id column, under the alias; a module joins its records on it
 */
public record CustomMatch(String from, List<String> where, String recordId) {

    public CustomMatch {
        where = List.copyOf(where);
    }
}
