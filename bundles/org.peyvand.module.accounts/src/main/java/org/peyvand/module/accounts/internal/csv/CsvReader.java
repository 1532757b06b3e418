package org.peyvand.module.accounts.internal.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.peyvand.module.accounts.internal.Values;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.text.PersianText;

/**
 * Reads an import file: detects its encoding and delimiter, matches the header to the columns
 * (by API name or label, in any case and letter variant) and returns the data rows. Anything
 * wrong with the file as a whole is a {@link ValidationException} on {@value #FILE} before a
 * single row is imported.
 */
public final class CsvReader {
    public static final String FILE = "file";
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final Pattern LINE = Pattern.compile("line:? (\\d+)");

    private final Map<String, String> columnsByHeader = new HashMap<>();
    private final List<ImportColumn> columns;
    private final int maxRows;

    /**
     * @param ignored header names accepted and skipped, such as the "id" column of exported files
     * @param custom  the custom fields' columns, by name with their labels
     */
    public CsvReader(List<ImportColumn> columns, Set<String> ignored, Map<String, List<String>> custom, int maxRows) {
        this.columns = List.copyOf(columns);
        this.maxRows = maxRows;
        custom.forEach((name, labels) -> {
            columnsByHeader.put(PersianText.normalize(name), name);
            labels.forEach(label -> columnsByHeader.put(PersianText.normalize(label), name));
        });
        // the record's own columns win over a custom field's label that happens to match one
        for (ImportColumn column : columns) {
            columnsByHeader.put(PersianText.normalize(column.name()), column.name());
            ColumnLabels.of(column.labelKey()).forEach(label -> columnsByHeader.put(PersianText.normalize(label), column.name()));
        }
        ignored.forEach(name -> columnsByHeader.put(PersianText.normalize(name), ""));
    }

    public List<CsvRow> read(byte[] bytes) {
        String text = CsvDecoder.decode(bytes);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            List<CsvRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = header(record);
                    continue;
                }
                Optional<CsvRow> row = row(record, header, (int) record.getRecordNumber() - 1);
                if (row.isPresent()) {
                    if (rows.size() == maxRows) {
                        throw ValidationException.of(FILE, "accounts.import.tooManyRows", maxRows);
                    }
                    rows.add(row.get());
                }
            }
            if (header == null) {
                throw ValidationException.of(FILE, "accounts.import.empty");
            }
            return rows;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw ValidationException.of(FILE, "accounts.import.unreadable", lineOf(e));
        } catch (IOException e) {
            throw ValidationException.of(FILE, "accounts.import.unreadable", 1);
        }
    }

    /** Column names by position; null for blank header cells, whose values are ignored. */
    private List<String> header(CSVRecord record) {
        List<String> header = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String cell : record) {
            String label = Values.clean(cell);
            String column = label == null ? null : columnsByHeader.get(PersianText.normalize(label));
            if (label != null && column == null) {
                errors.add(FieldError.of(FILE, "accounts.import.unknownColumn", label));
            } else if (column != null && !column.isEmpty() && !seen.add(column)) {
                errors.add(FieldError.of(FILE, "accounts.import.duplicateColumn", label));
            }
            header.add(column == null || column.isEmpty() ? null : column);
        }
        for (ImportColumn column : columns) {
            if (column.required() && !seen.contains(column.name())) {
                errors.add(FieldError.of(FILE, "accounts.import.missingColumn", column.name()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return header;
    }

    /** The row's values, or empty for a row with nothing in it. */
    private static Optional<CsvRow> row(CSVRecord record, List<String> header, int number) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean extraValues = false;
        for (int i = 0; i < record.size(); i++) {
            String value = CsvRow.clean(record.get(i));
            if (value == null) {
                continue;
            }
            if (i >= header.size()) {
                extraValues = true;
            } else if (header.get(i) != null) {
                values.put(header.get(i), value);
            }
        }
        return values.isEmpty() && !extraValues ? Optional.empty() : Optional.of(new CsvRow(number, values, extraValues));
    }

    /** The delimiter used most in the header line: Excel writes ";" or tabs in some locales. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        char best = DELIMITERS[0];
        long bestCount = 0;
        for (char delimiter : DELIMITERS) {
            long count = firstLine.chars().filter(c -> c == delimiter).count();
            if (count > bestCount) {
                best = delimiter;
                bestCount = count;
            }
        }
        return best;
    }

    /** The line commons-csv names in its message, or 1 when it names none. */
    private static long lineOf(RuntimeException e) {
        Matcher line = LINE.matcher(String.valueOf(e.getMessage()));
        return line.find() ? Long.parseLong(line.group(1)) : 1;
    }
}
