package org.peyvand.platform.form.internal.records;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.text.PersianText;
import org.peyvand.platform.form.CustomRecord;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.ValueText;
import org.peyvand.platform.security.FieldAccess;

/**
 * Designed records as CSV: a column per field, named by the field or its Persian or English label,
 * plus the record id in exports (skipped on import, so an export imports again).
 */
final class RecordCsv {
    static final String FILE = "file";
    static final String ID = "id";
    static final int MAX_ROWS = 100_000;
    private static final int BATCH = 500;

    /** One data row: its number (1 = first after the header) and its values by field. */
    record Row(int number, Map<String, Object> values) {
    }

    record Parsed(List<Row> rows) {
    }

    private RecordCsv() {
    }

    /** @throws ValidationException on {@value #FILE} for a file that cannot be read or names unknown columns */
    static Parsed read(FormDefinition form, FieldAccess access, byte[] bytes) {
        Map<String, String> columns = new HashMap<>();
        for (FieldDefinition field : writable(form, access)) {
            columns.put(PersianText.normalize(field.name()), field.name());
            columns.put(PersianText.normalize(field.label().in("fa")), field.name());
            columns.put(PersianText.normalize(field.label().in("en")), field.name());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get())) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = header(record, columns);
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw ValidationException.of(FILE, "form.error.importRows", MAX_ROWS);
                }
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < record.size() && i < header.size(); i++) {
                    if (header.get(i) != null && !record.get(i).isBlank()) {
                        values.put(header.get(i), record.get(i).strip());
                    }
                }
                rows.add(new Row(rows.size() + 1, values));
            }
            if (header == null) {
                throw ValidationException.of(FILE, "form.error.importEmpty");
            }
            return new Parsed(rows);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ValidationException.of(FILE, "form.error.importUnreadable");
        }
    }

    static List<List<Row>> batches(List<Row> rows) {
        List<List<Row>> batches = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            batches.add(rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        return batches;
    }

    /** Writes records under a header of the id and the fields the caller may see. */
    static Writer writer(FormDefinition form, FieldAccess access, OutputStream out) {
        List<FieldDefinition> fields = form.customFields().stream().filter(f -> access.visible(f.name())).toList();
        return new Writer(fields, out);
    }

    /** Column names by position; null for the id and blank header cells. */
    private static List<String> header(CSVRecord record, Map<String, String> columns) {
        List<String> header = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (String cell : record) {
            String label = cell.strip();
            String column = columns.get(PersianText.normalize(label));
            if (!label.isEmpty() && column == null && !ID.equalsIgnoreCase(label)) {
                errors.add(FieldError.of(FILE, "form.error.importColumn", label));
            }
            header.add(column);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return header;
    }

    private static List<FieldDefinition> writable(FormDefinition form, FieldAccess access) {
        return form.customFields().stream().filter(f -> f.type() != FieldType.COMPUTED && access.editable(f.name())).toList();
    }

    /** A CSV export in progress: UTF-8 with a BOM, for spreadsheets. */
    static final class Writer {
        private final List<FieldDefinition> fields;
        private final CSVPrinter printer;

        private Writer(List<FieldDefinition> fields, OutputStream out) {
            this.fields = fields;
            try {
                java.io.Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                text.write('\uFEFF');
                List<String> header = new ArrayList<>();
                header.add(ID);
                fields.forEach(f -> header.add(f.name()));
                printer = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void row(CustomRecord record) {
            List<String> cells = new ArrayList<>();
            cells.add(String.valueOf(record.id()));
            fields.forEach(f -> cells.add(ValueText.of(record.values().get(f.name()))));
            try {
                printer.printRecord(cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void flush() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
