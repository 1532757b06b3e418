package org.peyvand.module.accounts.internal.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.peyvand.module.accounts.Account;
import org.peyvand.module.accounts.AccountInput;
import org.peyvand.module.accounts.Address;
import org.peyvand.module.accounts.Phone;
import org.peyvand.module.accounts.internal.AccountValidator;
import org.peyvand.platform.core.error.FieldError;

/**
 * The CSV shape of accounts: one row per account with its phones in one column (separated by
 * ";") and its first address spread over four columns.
 */
public final class AccountCsv {
    public static final List<ImportColumn> COLUMNS = List.of(
            new ImportColumn("name", "accounts.account.name", true),
            new ImportColumn("nationalId", "accounts.account.nationalId", false),
            new ImportColumn("economicCode", "accounts.account.economicCode", false),
            new ImportColumn("registrationNumber", "accounts.account.registrationNumber", false),
            new ImportColumn("industry", "accounts.account.industry", false),
            new ImportColumn("phone", "accounts.account.phone", false),
            new ImportColumn("province", "accounts.account.province", false),
            new ImportColumn("city", "accounts.account.city", false),
            new ImportColumn("address", "accounts.account.line", false),
            new ImportColumn("postalCode", "accounts.account.postalCode", false),
            new ImportColumn("website", "accounts.account.website", false));
    public static final List<String> EXPORT_HEADER = header();

    private static final Pattern PHONE_SEPARATOR = Pattern.compile("[;,،]");
    private static final String PHONE_JOINER = "; ";

    private AccountCsv() {
    }

    public static CsvReader reader(CustomColumns custom, int maxRows) {
        return new CsvReader(COLUMNS, Set.of(ContactCsv.ID), custom.labels(), maxRows);
    }

    public static AccountInput toInput(CsvRow row) {
        List<Phone> phones = row.get("phone") == null ? List.of()
                : Arrays.stream(PHONE_SEPARATOR.split(row.get("phone")))
                        .map(String::strip)
                        .filter(number -> !number.isEmpty())
                        .map(number -> new Phone(AccountValidator.OFFICE, number))
                        .toList();
        Address address = new Address(row.get("province"), row.get("city"), row.get("address"), row.get("postalCode"));
        boolean hasAddress = address.province() != null || address.city() != null || address.line() != null
                || address.postalCode() != null;
        return new AccountInput(row.get("name"), row.get("nationalId"), row.get("economicCode"),
                row.get("registrationNumber"), row.get("industry"), phones, hasAddress ? List.of(address) : List.of(),
                row.get("website"), null, null);
    }

    /** A service field error named after the file's column, e.g. {@code phones[1].number} as {@code phone}. */
    public static FieldError toColumn(FieldError error) {
        String field = error.field();
        String column = field.startsWith("phones") ? "phone"
                : field.endsWith(".line") ? "address"
                : field.startsWith("addresses[") && field.contains(".") ? field.substring(field.indexOf('.') + 1)
                : field.startsWith("addresses") ? "address"
                : field;
        return new FieldError(column, error.messageKey(), error.args());
    }

    public static List<Object> toRow(Account account) {
        Address address = account.addresses().isEmpty() ? new Address(null, null, null, null) : account.addresses().get(0);
        String phones = String.join(PHONE_JOINER, account.phones().stream().map(Phone::number).toList());
        return List.of(account.id(), account.name(), ContactCsv.optional(account.nationalId()),
                ContactCsv.optional(account.economicCode()), ContactCsv.optional(account.registrationNumber()),
                ContactCsv.optional(account.industry()), phones, ContactCsv.optional(address.province()),
                ContactCsv.optional(address.city()), ContactCsv.optional(address.line()),
                ContactCsv.optional(address.postalCode()), ContactCsv.optional(account.website()));
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>();
        header.add(ContactCsv.ID);
        COLUMNS.forEach(column -> header.add(column.name()));
        return List.copyOf(header);
    }
}
