package org.peyvand.module.accounts.internal.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.ContactInput;
import org.peyvand.module.accounts.internal.DateText;
import org.peyvand.module.accounts.internal.Values;
import org.peyvand.platform.core.error.FieldError;

/** The CSV shape of contacts: columns named as the API fields, in import and export alike. */
public final class ContactCsv {
    public static final List<ImportColumn> COLUMNS = List.of(
            new ImportColumn("firstName", "accounts.contact.firstName", true),
            new ImportColumn("lastName", "accounts.contact.lastName", true),
            new ImportColumn("nationalCode", "accounts.contact.nationalCode", false),
            new ImportColumn("mobile", "accounts.contact.mobile", false),
            new ImportColumn("email", "accounts.contact.email", false),
            new ImportColumn("birthDate", "accounts.contact.birthDate", false),
            new ImportColumn("accountId", "accounts.contact.account", false),
            new ImportColumn("jobTitle", "accounts.contact.jobTitle", false));
    /** Exports start with the record id; imports accept and skip it, so an export imports again. */
    public static final String ID = "id";
    public static final List<String> EXPORT_HEADER = header();

    private ContactCsv() {
    }

    public static CsvReader reader(CustomColumns custom, int maxRows) {
        return new CsvReader(COLUMNS, Set.of(ID), custom.labels(), maxRows);
    }

    /**
     * The row as service input. Values that cannot even be parsed (a date, a number) are reported
     * in {@code errors} and left out; the service's rules check the rest.
     */
    public static ContactInput toInput(CsvRow row, List<FieldError> errors) {
        LocalDate birthDate = null;
        String date = row.get("birthDate");
        if (date != null) {
            Optional<LocalDate> parsed = DateText.parse(date);
            if (parsed.isEmpty()) {
                errors.add(FieldError.of("birthDate", "core.error.invalidDate"));
            }
            birthDate = parsed.orElse(null);
        }
        return new ContactInput(row.get("firstName"), row.get("lastName"), row.get("nationalCode"), row.get("mobile"),
                row.get("email"), birthDate, id(row.get("accountId"), "accountId", errors), row.get("jobTitle"));
    }

    public static List<Object> toRow(Contact contact) {
        return List.of(contact.id(), contact.firstName(), contact.lastName(), optional(contact.nationalCode()),
                optional(contact.mobile()), optional(contact.email()), optional(contact.birthDate()),
                optional(contact.accountId()), optional(contact.jobTitle()));
    }

    /** A record id typed in a file, with Persian or Arabic digits allowed. */
    static Long id(String value, String field, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        Optional<Long> id = Values.parseId(value);
        if (id.isEmpty()) {
            errors.add(FieldError.of(field, "core.error.invalidNumber"));
        }
        return id.orElse(null);
    }

    /** List.of refuses nulls; an empty string prints the same as a missing value. */
    static Object optional(Object value) {
        return value == null ? "" : value;
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>();
        header.add(ID);
        COLUMNS.forEach(column -> header.add(column.name()));
        return List.copyOf(header);
    }
}
