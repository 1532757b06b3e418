package org.peyvand.module.accounts.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.ContactInput;
import org.peyvand.module.accounts.internal.FieldErrors;
import org.peyvand.platform.core.error.FieldError;

class ContactCsvTest {

    private static ContactInput parse(Map<String, String> values, List<FieldError> errors) {
        return ContactCsv.toInput(new CsvRow(1, values, false), errors);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1990-08-03", "1369/05/12", "۱۳۶۹/۰۵/۱۲"})
    void readsIsoAndJalaliBirthDates(String date) {
        List<FieldError> errors = new ArrayList<>();

        assertThat(parse(Map.of("firstName", "a", "lastName", "b", "birthDate", date), errors).birthDate())
                .isEqualTo(LocalDate.of(1990, 8, 3));
        assertThat(errors).isEmpty();
    }

    @Test
    void reportsValuesThatCannotBeParsed() {
        List<FieldError> errors = new ArrayList<>();
        ContactInput input = parse(Map.of("firstName", "a", "lastName", "b", "birthDate", "1369/13/01", "accountId", "دوازده"), errors);

        assertThat(FieldErrors.describe(errors)).containsExactly("birthDate=core.error.invalidDate", "accountId=core.error.invalidNumber");
        assertThat(input.birthDate()).isNull();
        assertThat(input.accountId()).isNull();
    }

    @Test
    void readsAccountIdsInPersianDigits() {
        assertThat(parse(Map.of("accountId", "۱۲"), new ArrayList<>()).accountId()).isEqualTo(12L);
    }

    @Test
    void writesTheColumnsOfTheHeader() {
        Contact contact = new Contact(5, "زهرا", "رضایی", null, "+989121234567", null, LocalDate.of(1990, 8, 3), 2L, "فولاد",
                "مدیر", "sara", Instant.EPOCH, Instant.EPOCH, 0);

        assertThat(ContactCsv.EXPORT_HEADER).containsExactly("id", "firstName", "lastName", "nationalCode", "mobile", "email",
                "birthDate", "accountId", "jobTitle");
        assertThat(ContactCsv.toRow(contact)).containsExactly(5L, "زهرا", "رضایی", "", "+989121234567", "",
                LocalDate.of(1990, 8, 3), 2L, "مدیر");
    }
}
