package org.peyvand.module.accounts.internal.csv;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an export: UTF-8 with a BOM (so Excel reads Persian correctly), CRLF line ends, a header
 * row of API field names. A value a spreadsheet would run as a formula gets a leading apostrophe;
 * {@link #unprotect} removes it again when such a file is imported.
 */
public final class CsvWriter implements Flushable {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    public CsvWriter(OutputStream out, List<String> header) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            printer = new CSVPrinter(writer, CSVFormat.EXCEL);
            printer.printRecord(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one row; null values are written empty, text values protected. */
    public void row(List<?> values) {
        try {
            printer.printRecord(values.stream().map(v -> v instanceof String text ? protect(text) : v).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String protect(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    static String unprotect(String value) {
        return value != null && value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0
                ? value.substring(1)
                : value;
    }
}
