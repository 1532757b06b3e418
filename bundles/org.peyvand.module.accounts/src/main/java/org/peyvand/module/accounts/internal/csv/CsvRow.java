package org.peyvand.module.accounts.internal.csv;

import java.util.Map;

import org.peyvand.module.accounts.internal.Values;

/**
 * One data row of an import file: {@code number} counts data rows from 1 after the header;
 * values are keyed by column name, blanks left out.
 */
public record CsvRow(int number, Map<String, String> values, boolean extraValues) {

    public CsvRow {
        values = Map.copyOf(values);
    }

    /** The stripped value of a column, null when blank or absent. */
    public String get(String column) {
        return values.get(column);
    }

    static String clean(String raw) {
        return CsvWriter.unprotect(Values.clean(raw));
    }
}
